using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kiosk.Core.Configuration;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;
using Kiosk.Host.Http;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// <c>kiosk sms log [--since] [--number] [--limit] [--json]</c>: through the running service, or
/// the store opened read-only when it is stopped (as <c>ticket show</c>), so a technician can see
/// the traffic of a kiosk that will not start.
/// </summary>
public static partial class SmsCommands
{
    public static Command Create(CliSession session)
    {
        var t = session.Texts;
        var since = new Option<string>("--since") { Description = t[CliText.OptSince] };
        var number = new Option<string>("--number") { Description = t[CliText.OptNumber] };
        var limit = new Option<int>("--limit") { Description = t[CliText.OptLimit], DefaultValueFactory = _ => AdminApi.SmsLogDefaultLimit };
        var json = new Option<bool>("--json") { Description = t[CliText.OptJson] };
        var log = new Command("log", t[CliText.SmsLog]) { since, number, limit, json };
        log.SetAction(async (parse, ct) =>
        {
            var office = ConfigurationCheck.Office(session.Configuration);
            var from = parse.GetValue(since) is { } sinceText
                ? ParseSince(sinceText, office, TimeProvider.System.GetUtcNow()) ?? throw CliException.Usage(t.Format(CliText.SmsLogBadSince, sinceText))
                : (DateTimeOffset?)null;
            var max = parse.GetValue(limit);
            if (max is < 1 or > AdminApi.SmsLogMaxLimit)
            {
                throw CliException.Usage(t.Format(CliText.SmsLogBadLimit, AdminApi.SmsLogMaxLimit));
            }

            var who = parse.GetValue(number);
            if (who is not null && !who.Any(char.IsAsciiDigit))
            {
                throw CliException.Usage(t.Format(CliText.SmsLogBadNumber, who));
            }

            var entries = await ReadAsync(session, from, who, max, ct);
            if (parse.GetValue(json))
            {
                await session.Output.WriteLineAsync(JsonSerializer.Serialize(entries, ApiJson.Options));
                return (int)ExitCode.Ok;
            }

            if (entries.Count == 0)
            {
                await session.Output.WriteLineAsync(t[CliText.SmsLogEmpty]);
                return (int)ExitCode.Ok;
            }

            await session.Output.WriteLineAsync(session.Paint(t.Format(CliText.SmsLogHeader, office.ZoneAbbreviation), ConsoleColor.White));
            foreach (var e in entries)
            {
                var state = e.Detail is null ? e.State : $"{e.State} ({e.Detail})";
                await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{office.ToLocal(e.At):yyyy-MM-dd HH:mm:ss}  {e.Direction,-3}  {e.Number,-14}  {state,-9}  {e.Text}"));
            }

            return (int)ExitCode.Ok;
        });
        return new Command("sms", t[CliText.SmsLog]) { log };
    }

    /// <summary>
    /// <c>30m</c>, <c>2h</c>, <c>7d</c>, <c>1w</c> or <c>1h30m</c> before <paramref name="now"/>; a date or a date
    /// and time in the office's time zone (<c>2026-12-04</c>, <c>2026-12-04 08:00</c>); or an instant
    /// with its offset (<c>2026-12-04T08:00:00+07:00</c>). Null when it is none of these.
    /// </summary>
    public static DateTimeOffset? ParseSince(string text, OfficeProfile office, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(office);
        text = text.Trim();
        if (Duration().Match(text) is { Success: true } match)
        {
            var span = TimeSpan.Zero;
            foreach (Capture part in match.Groups["part"].Captures)
            {
                var amount = long.Parse(part.Value[..^1], CultureInfo.InvariantCulture);
                span += part.Value[^1] switch
                {
                    's' => TimeSpan.FromSeconds(amount),
                    'm' => TimeSpan.FromMinutes(amount),
                    'h' => TimeSpan.FromHours(amount),
                    'd' => TimeSpan.FromDays(amount),
                    _ => TimeSpan.FromDays(7 * amount),
                };
            }

            return now - span;
        }

        string[] localFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];
        if (DateTime.TryParseExact(text, localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, office.TimeZone.GetUtcOffset(local));
        }

        return (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;
    }

    private static async Task<IReadOnlyList<SmsLogView>> ReadAsync(CliSession session, DateTimeOffset? since, string? number, int limit, CancellationToken ct)
    {
        if (!session.ServiceRunning)
        {
            using var db = LookupCommands.OpenStore(session);
            return [.. new LiteSmsLog(db).Read(since, number, limit).Select(SmsLogView.From)];
        }

        using var admin = session.RequireService();
        var query = new List<string> { string.Create(CultureInfo.InvariantCulture, $"limit={limit}") };
        if (since is { } from)
        {
            query.Add("since=" + Uri.EscapeDataString(from.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)));
        }

        if (number is not null)
        {
            query.Add("number=" + Uri.EscapeDataString(number));
        }

        var (status, body) = await admin.GetJsonAsync("/admin/sms?" + string.Join('&', query), ct);
        if (status != 200)
        {
            throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(status, body)));
        }

        return body.Deserialize<List<SmsLogView>>(ApiJson.Options) ?? [];
    }

    [GeneratedRegex("^(?<part>[0-9]{1,6}[smhdw])+$")]
    private static partial Regex Duration();
}
