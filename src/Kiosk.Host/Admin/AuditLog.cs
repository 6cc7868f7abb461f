using System.Globalization;
using System.Text;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin;

/// <summary>
/// <c>{DataDirectory}/audit.log</c>: one line per technician action that gives something up
/// (a sync event dropped), with who asked and when, each line on disk before the answer.
/// </summary>
public sealed class AuditLog
{
    public const string FileName = "audit.log";

    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    public AuditLog(DataDirectory directory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(time);
        _path = System.IO.Path.Combine(directory.Path, FileName);
        _time = time;
    }

    public string Path => _path;

    /// <summary>Appends <c>2026-12-04T18:03:11Z action by=who details</c>.</summary>
    public void Write(string action, string by, string details)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{_time.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ} {action} by={Clean(by)} {details}\n");
        lock (_gate)
        {
            using var file = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
            file.Write(Encoding.UTF8.GetBytes(line));
            file.Flush(flushToDisk: true);
        }
    }

    /// <summary>One line stays one line whatever a client sends as its name.</summary>
    private static string Clean(string by) =>
        string.IsNullOrWhiteSpace(by) ? "unknown" : new string([.. by.Trim().Take(64).Select(c => char.IsControl(c) || char.IsWhiteSpace(c) ? '_' : c)]);
}
