using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;
using Kiosk.Host.Http;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// <c>kiosk sync quarantine list | retry ID | drop ID [--yes]</c>. <c>list</c> also reads a stopped
/// kiosk's store (read-only); <c>retry</c> and <c>drop</c> change the store, so they go through the
/// running service, which owns it and writes the journal and audit lines (and, run by root, no file
/// of the store changes owner).
/// </summary>
public static class QuarantineCommands
{
    /// <summary>The shortest id prefix accepted for an event.</summary>
    public const int MinimumPrefix = 4;

    public static Command Create(CliSession session)
    {
        var t = session.Texts;
        var json = new Option<bool>("--json") { Description = t[CliText.OptJson] };
        var list = new Command("list", t[CliText.QuarantineList]) { json };
        list.SetAction(async (parse, ct) =>
        {
            var events = await ListAsync(session, ct);
            if (parse.GetValue(json))
            {
                await session.Output.WriteLineAsync(JsonSerializer.Serialize(events, ApiJson.Options));
                return (int)ExitCode.Ok;
            }

            if (events.Count == 0)
            {
                await session.Output.WriteLineAsync(t[CliText.QuarantineEmpty]);
                return (int)ExitCode.Ok;
            }

            var office = ConfigurationCheck.Office(session.Configuration);
            foreach (var e in events)
            {
                await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{session.Paint(e.Id.ToString(), ConsoleColor.White)}  {e.Type}  {e.AggregateType} {e.AggregateId} #{e.Sequence}"));
                await session.Output.WriteLineAsync(t.Format(
                    CliText.QuarantineLine,
                    office.ToLocal(e.QuarantinedAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + office.ZoneAbbreviation,
                    e.Attempts,
                    e.Reason));
            }

            return (int)ExitCode.Ok;
        });

        var retryId = new Argument<string>("ID") { Description = t[CliText.ArgEventId] };
        var retry = new Command("retry", t[CliText.QuarantineRetry]) { retryId };
        retry.SetAction(async (parse, ct) =>
        {
            using var admin = session.RequireService();
            var target = Resolve(session, await ListAsync(session, ct), parse.GetValue(retryId)!);
            var answer = await PostAsync(session, admin, $"/admin/sync/quarantine/{target.Id}/retry", ct);
            await session.Output.WriteLineAsync(t.Format(CliText.QuarantineRetried, target.Id, answer.GetProperty("requeued").GetInt32()));
            return (int)ExitCode.Ok;
        });

        var dropId = new Argument<string>("ID") { Description = t[CliText.ArgEventId] };
        var yes = new Option<bool>("--yes", "-y") { Description = t[CliText.OptYes] };
        var drop = new Command("drop", t[CliText.QuarantineDrop]) { dropId, yes };
        drop.SetAction(async (parse, ct) =>
        {
            var confirmed = parse.GetValue(yes);
            CliConfirmation.RequireTerminalOrYes(session, confirmed, "kiosk sync quarantine drop");
            using var admin = session.RequireService();
            var target = Resolve(session, await ListAsync(session, ct), parse.GetValue(dropId)!);
            await CliConfirmation.ConfirmAsync(
                session,
                confirmed,
                t.Format(CliText.QuarantineDropQuestion, target.Id, target.Type, target.AggregateType, target.AggregateId, target.Reason),
                CliConfirmation.IsYes,
                ct);
            await PostAsync(session, admin, $"/admin/sync/quarantine/{target.Id}/drop", ct);
            await session.Output.WriteLineAsync(t.Format(CliText.QuarantineDropped, target.Id, Path.Combine(session.DataDirectory, AuditLog.FileName)));
            return (int)ExitCode.Ok;
        });
        return new Command("quarantine", t[CliText.Quarantine]) { list, retry, drop };
    }

    /// <summary>The event a full id or a unique prefix of at least <see cref="MinimumPrefix"/> characters names.</summary>
    public static QuarantinedEvent Resolve(CliSession session, IReadOnlyList<QuarantinedEvent> events, string id)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(id);
        var text = id.Trim().ToLowerInvariant();
        if (Guid.TryParse(text, out var full))
        {
            return events.FirstOrDefault(e => e.Id == full) ?? throw CliException.Failed(session.Texts.Format(CliText.QuarantineNotFound, id));
        }

        var matches = text.Length < MinimumPrefix ? [] : events.Where(e => e.Id.ToString().StartsWith(text, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw CliException.Failed(session.Texts.Format(CliText.QuarantineNotFound, id)),
            _ => throw CliException.Usage(session.Texts.Format(CliText.QuarantineAmbiguous, id, matches.Count)),
        };
    }

    private static async Task<IReadOnlyList<QuarantinedEvent>> ListAsync(CliSession session, CancellationToken ct)
    {
        if (!session.ServiceRunning)
        {
            using var db = LookupCommands.OpenStore(session);
            return new LiteOutbox(db).Quarantined();
        }

        using var admin = session.RequireService();
        var (status, body) = await admin.GetJsonAsync("/admin/sync/quarantine", ct);
        if (status != 200)
        {
            throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(status, body)));
        }

        return body.Deserialize<List<QuarantinedEvent>>(ApiJson.Options) ?? [];
    }

    private static async Task<JsonElement> PostAsync(CliSession session, AdminClient admin, string path, CancellationToken ct)
    {
        var (status, answer) = await admin.PostJsonAsync(path, new { by = CliConfirmation.Who(session) }, ct);
        return status == 200 ? answer : throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(status, answer)));
    }
}
