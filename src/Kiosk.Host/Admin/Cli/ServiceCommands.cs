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
        status.SetAction((_, ct) => PrintAsync(session, "GET", "/admin/sync", null, ct));
        var now = new Command("now", t[CliText.SyncNow]);
        now.SetAction(async (_, ct) =>
        {
            var answer = await CallAsync(session, "POST", "/admin/sync/now", null, ct);
            // The engine clears lastError on every answer from upstream and sets it on every failure: set after the round, the round failed.
            return answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("lastError", out var error) && error.ValueKind == JsonValueKind.String
                ? throw CliException.Failed(t.Format(CliText.SyncFailed, error.GetString()))
                : (int)ExitCode.Ok;
        });
        return new Command("sync", t[CliText.Sync]) { status, now };
    }

    private static async Task<int> PrintAsync(CliSession session, string method, string path, object? body, CancellationToken ct)
    {
        await CallAsync(session, method, path, body, ct);
        return (int)ExitCode.Ok;
    }

    /// <summary>The answer, printed as a record; a refusal stops the command with exit 1.</summary>
    private static async Task<JsonElement> CallAsync(CliSession session, string method, string path, object? body, CancellationToken ct)
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

        return answer;
    }
}
