using System.CommandLine;
using System.Text.Json;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin.Cli;

/// <summary><c>kiosk sync status|now</c>: only through the running service (<c>sync quarantine</c>: <see cref="QuarantineCommands"/>; modem: <see cref="ModemCommands"/>).</summary>
public static class ServiceCommands
{
    public static Command Sync(CliSession session)
    {
        var t = session.Texts;
        var status = new Command("status", t[CliText.SyncStatus]);
        status.SetAction((_, ct) => CallAsync(session, "GET", "/admin/sync", null, ct));
        var now = new Command("now", t[CliText.SyncNow]);
        now.SetAction((_, ct) => CallAsync(session, "POST", "/admin/sync/now", null, ct));
        return new Command("sync", t[CliText.Sync]) { status, now };
    }

    private static async Task<int> CallAsync(CliSession session, string method, string path, object? body, CancellationToken ct)
    {
        using var admin = session.RequireService();
        var (status, answer) = method == "GET" ? await admin.GetJsonAsync(path, ct) : await admin.PostJsonAsync(path, body ?? new { }, ct);
        if (status is < 200 or > 299)
        {
            throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(status, answer)));
        }

        if (answer.ValueKind != JsonValueKind.Undefined)
        {
            session.WriteRecord(answer);
        }

        return (int)ExitCode.Ok;
    }
}
