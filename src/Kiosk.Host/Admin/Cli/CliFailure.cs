using System.Globalization;
using System.Net.Sockets;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// What a command that threw tells the technician: one line and a sysexits code for what can be
/// expected (no permission, a missing or unreadable file, the service gone mid-call), and for
/// anything else one line with the path of a log file that holds the details, exit 70. A stack
/// trace never reaches the terminal.
/// </summary>
public static class CliFailure
{
    /// <summary>Where the details go when the data directory cannot take them (tests point it elsewhere).</summary>
    public const string FallbackLogDirectoryVariable = "KIOSK_CLI_LOG_FALLBACK";

    public static async Task<int> ReportAsync(CliSession session, string[] args, Exception error)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var t = session.Texts;
        var (code, line) = error switch
        {
            UnauthorizedAccessException e => (ExitCode.NoPermission, t.Format(CliText.PermissionDenied, e.Message)),
            HttpRequestException or SocketException or TaskCanceledException { InnerException: TimeoutException }
                => (ExitCode.ServiceNotRunning, t.Format(CliText.ServiceStoppedAnswering, SocketPathOrUnknown(session), error.Message)),
            FileNotFoundException or DirectoryNotFoundException => (ExitCode.NoInput, t.Format(CliText.NoSuchFile, error.Message)),
            IOException e => (ExitCode.IOError, t.Format(CliText.IOFailed, e.Message)),
            _ => (ExitCode.Software, (string?)null),
        };
        if (line is null)
        {
            var log = WriteLog(session, args, error);
            line = t.Format(CliText.UnexpectedError, error.GetType().Name, error.Message, log ?? "-");
        }

        await session.Error.WriteLineAsync("kiosk: " + line);
        return (int)code;
    }

    /// <summary>The details in <c>DATA/log/cli-*.log</c>, or in the fallback directory (/tmp) when that cannot be written; null when neither can.</summary>
    public static string? WriteLog(CliSession session, string[] args, Exception error)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(error);
        var now = TimeProvider.System.GetUtcNow();
        var name = $"kiosk-cli-{now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{Environment.ProcessId}.log";
        var text = $"kiosk {string.Join(' ', Masked(args))}{Environment.NewLine}{now.ToString("O", CultureInfo.InvariantCulture)}{Environment.NewLine}{error}{Environment.NewLine}";
        foreach (var directory in Candidates(session))
        {
            try
            {
                Directory.CreateDirectory(directory);
                var path = Path.Combine(directory, name);
                File.WriteAllText(path, text);
                return path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The next place.
            }
        }

        return null;
    }

    /// <summary>The command line without the upstream token.</summary>
    private static IEnumerable<string> Masked(string[] args) =>
        args.Select((a, i) => i > 0 && args[i - 1] == "--token" ? "****" : a.StartsWith("--token=", StringComparison.Ordinal) ? "--token=****" : a);

    private static IEnumerable<string> Candidates(CliSession session)
    {
        string? data;
        try
        {
            data = Path.Combine(session.DataDirectory, "log");
        }
        catch (Exception e) when (e is StartupConfigurationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            data = null;
        }

        if (data is not null)
        {
            yield return data;
        }

        yield return session.Environment.GetValueOrDefault(FallbackLogDirectoryVariable) is { Length: > 0 } fallback ? fallback : Path.GetTempPath();
    }

    private static string SocketPathOrUnknown(CliSession session)
    {
        try
        {
            return session.SocketPath;
        }
        catch (Exception e) when (e is StartupConfigurationException or IOException or ArgumentException)
        {
            return "?";
        }
    }
}
