using System.Globalization;
using System.Text;
using Kiosk.Core.Queue;

namespace Kiosk.Core.Storage;

/// <summary>
/// The numbering floor as a small text file beside the store (<c>numbering-floor</c>), rewritten
/// durably (<see cref="DurableFile"/>) after each ticket's commit and before it is answered:
/// <code>
/// day 2026-11-23
/// clock 2026-11-23T02:00:00.0000000+00:00
/// A 150
/// B 12
/// </code>
/// Only the latest day is kept; the clock mark is the latest issue time. It survives what the
/// store may not: a lost log, a repair, the restore of an older backup.
/// </summary>
public sealed class NumberingFloorFile : INumberingFloor
{
    public const string FileName = "numbering-floor";

    private readonly string _path;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _last = new(StringComparer.Ordinal);

    private NumberingFloorFile(string path) => _path = path;

    /// <summary>The day the numbers belong to, or null before the first ticket.</summary>
    public DateOnly? Day { get; private set; }

    public DateTimeOffset? ClockMark { get; private set; }

    /// <summary>The latest day's last numbers per service.</summary>
    public IReadOnlyDictionary<string, int> Numbers
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_last, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Reads <c>{directory}/numbering-floor</c> (empty when absent); a file that does not parse is a damaged store.</summary>
    public static NumberingFloorFile Open(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var floor = new NumberingFloorFile(Path.Combine(directory, FileName));
        if (File.Exists(floor._path))
        {
            floor.Parse(File.ReadAllLines(floor._path));
        }

        return floor;
    }

    public int Last(DateOnly day, string service)
    {
        lock (_gate)
        {
            return Day == day ? _last.GetValueOrDefault(service) : 0;
        }
    }

    public void Record(DateOnly day, string service, int number, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        lock (_gate)
        {
            if (Day is null || day > Day)
            {
                _last.Clear();
                Day = day;
            }

            // An older day's number (only possible if the office's time zone changed) moves nothing but the clock mark.
            if (Day == day)
            {
                _last[service] = Math.Max(number, _last.GetValueOrDefault(service));
            }

            ClockMark = ClockMark is { } mark && mark > at ? mark : at;
            try
            {
                DurableFile.WriteAllText(_path, Format());
            }
            catch (IOException e) when (StorageFullException.IsCause(e))
            {
                // The ticket is stored but its number is not acknowledged: the caller gets "storage full".
                throw new StorageFullException($"The numbering floor cannot be written: {e.Message}", e);
            }
        }
    }

    private string Format()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"day {Day:yyyy-MM-dd}\n");
        text.Append(CultureInfo.InvariantCulture, $"clock {ClockMark:O}\n");
        foreach (var (service, number) in _last.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{service} {number}\n");
        }

        return text.ToString();
    }

    private void Parse(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(' ', 2);
            if (lines[i].Length == 0)
            {
                continue;
            }

            var ok = parts.Length == 2 && parts[0] switch
            {
                "day" => DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && Set(() => Day = day),
                "clock" => DateTimeOffset.TryParseExact(parts[1], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock) && Set(() => ClockMark = clock),
                _ => parts[0].Length is > 0 and <= 8 && parts[0].All(char.IsAsciiLetterOrDigit)
                    && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Set(() => _last[parts[0]] = number),
            };
            if (!ok)
            {
                throw new StoreDamagedException(_path, $"line {i + 1} does not read as a numbering floor ('{Shorten(lines[i])}')");
            }
        }

        if (_last.Count > 0 && Day is null)
        {
            throw new StoreDamagedException(_path, "numbers without their day");
        }
    }

    private static bool Set(Action assign)
    {
        assign();
        return true;
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
