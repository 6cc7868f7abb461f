using System.Diagnostics;
using System.Globalization;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// After provision wrote the service's configuration: restart the service, wait until /healthz
/// answers 200 on its admin socket, and report whether it came up. The command is
/// <c>systemctl restart kiosk</c> unless <c>KIOSK_RESTART_COMMAND</c> names another (tests, a
/// device without systemd); <c>KIOSK_RESTART_TIMEOUT</c> is how many seconds to wait (default 90,
/// the unit's TimeoutStartSec).
/// </summary>
public sealed class ServiceRestart
{
    public const string CommandVariable = "KIOSK_RESTART_COMMAND";
    public const string TimeoutVariable = "KIOSK_RESTART_TIMEOUT";
    public const string DefaultCommand = "systemctl restart kiosk";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    public ServiceRestart(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Command = environment.GetValueOrDefault(CommandVariable) is { Length: > 0 } command ? command : DefaultCommand;
        Timeout = environment.GetValueOrDefault(TimeoutVariable) is { Length: > 0 } seconds && double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0
            ? TimeSpan.FromSeconds(s)
            : TimeSpan.FromSeconds(90);
    }

    public string Command { get; }

    public TimeSpan Timeout { get; }

    /// <summary>Runs the restart command and waits for a healthy answer on <paramref name="socket"/>; null when it came up, else why not.</summary>
    public async Task<string?> RestartAsync(string socket, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(socket);
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Command);
        using (var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start /bin/sh for '{Command}'"))
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                var said = string.Join(" ", new[] { await error, await output }.Select(x => x.Trim()).Where(x => x.Length > 0));
                return $"'{Command}' exited {process.ExitCode}{(said.Length > 0 ? ": " + said : "")}";
            }
        }

        var started = TimeProvider.System.GetTimestamp();
        string last = "no answer on " + socket;
        while (TimeProvider.System.GetElapsedTime(started) < Timeout)
        {
            if (UnixSocketFile.Answers(socket))
            {
                try
                {
                    using var admin = new AdminClient(socket);
                    var (status, _) = await admin.GetJsonAsync("/healthz", ct);
                    if (status == 200)
                    {
                        return null;
                    }

                    last = $"/healthz answered {status}";
                }
                catch (HttpRequestException e)
                {
                    last = e.Message;
                }
            }

            await Task.Delay(Poll, TimeProvider.System, ct);
        }

        return $"not healthy within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s ({last})";
    }
}
