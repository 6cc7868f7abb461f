using System.Globalization;
using System.Net.Sockets;
using Kiosk.Core.Complaints;
using Kiosk.Core.Configuration;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;
using Kiosk.Host.Http;
using Kiosk.Host.Printing;
using Kiosk.Host.Queue;
using Kiosk.Host.Sync;
using Microsoft.AspNetCore.Connections.Features;

namespace Kiosk.Host.Admin;

/// <summary>
/// <c>/admin/...</c>: what the technician's CLI calls. Answered only on the Unix socket; on the TCP
/// listener every admin path is 404, as if it did not exist.
/// </summary>
public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
            IsUnixSocket(context.HttpContext) ? await next(context) : Problems.NotFound());

        // A catch-all: a ticket of another day is 2026-11-29/A-001, and an escaped slash (%2F) never reaches a route value decoded.
        admin.MapGet("/tickets/{**code}", (string code, QueueService queue) =>
        {
            var ticket = code.Contains('/', StringComparison.Ordinal) ? queue.FindById(code) : queue.Find(code);
            if (ticket is null)
            {
                return TicketCode.Normalise(code.Split('/')[^1]) is { } normalised
                    ? Problems.NotFound(code.Contains('/', StringComparison.Ordinal) ? code : normalised)
                    : Problems.Invalid("code", "malformed", "Nomor antrian tidak dikenali. Contoh: A-017.");
            }

            var (ahead, wait) = queue.Estimate(ticket);
            return Results.Json(TicketView.From(ticket, ahead, wait), ApiJson.Options);
        });

        admin.MapGet("/complaints/{code}", (string code, HttpRequest request, ComplaintService complaints, OfficeProfile office) =>
        {
            var parse = TrackingCode.Parse(code);
            if (parse.Code is not { } tracking)
            {
                return Problems.Invalid("code", parse.Error.ToString().ToLowerInvariant(), $"'{code}' is not a tracking code ({parse.Error}).");
            }

            var complaint = complaints.Find(tracking);
            var unmask = string.Equals(request.Query["unmask"], "true", StringComparison.OrdinalIgnoreCase);
            return complaint is null
                ? Problems.NotFound(tracking.Grouped)
                : Results.Json(ComplaintAdminView.From(complaint, office, unmask), ApiJson.Options);
        });

        admin.MapPost("/printer/test", async (ReceiptPrinter printer, CancellationToken ct) =>
            Results.Json(PrintView.From(await printer.PrintTestPageAsync(ct)), ApiJson.Options));

        admin.MapGet("/backup", (LiteKioskDatabase db, DataDirectory directory) =>
        {
            var copy = Path.Combine(directory.Path, $"backup-{Guid.NewGuid():N}.tmp");
            db.BackupTo(copy);
            var stream = new FileStream(copy, FileMode.Open, FileAccess.Read, FileShare.None, 81920, FileOptions.DeleteOnClose);
            return Results.Stream(stream, "application/octet-stream", LiteKioskDatabase.FileName);
        });

        admin.MapGet("/sync", (IServiceProvider services) =>
            services.GetService<ISyncControl>() is { } sync ? Results.Json(sync.Status(), ApiJson.Options) : SyncDisabled());

        admin.MapPost("/sync/now", async (IServiceProvider services, CancellationToken ct) =>
            services.GetService<ISyncControl>() is { } sync ? Results.Json(await sync.SyncNowAsync(ct), ApiJson.Options) : SyncDisabled());

        admin.MapGet("/sms", (HttpRequest request, LiteSmsLog log) =>
        {
            DateTimeOffset? since = null;
            if (request.Query["since"].ToString() is { Length: > 0 } sinceText)
            {
                if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return Problems.Invalid("since", "malformed", $"'{sinceText}' is not a date and time (ISO 8601, e.g. 2026-12-04T08:00:00+07:00).");
                }

                since = parsed;
            }

            var number = request.Query["number"].ToString();
            if (number.Length > 0 && !number.Any(char.IsAsciiDigit))
            {
                return Problems.Invalid("number", "malformed", $"'{number}' is not a phone number.");
            }

            var limit = SmsLogDefaultLimit;
            if (request.Query["limit"].ToString() is { Length: > 0 } limitText
                && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > SmsLogMaxLimit))
            {
                return Problems.Invalid("limit", "out-of-range", $"limit must be a number from 1 to {SmsLogMaxLimit}.");
            }

            return Results.Json(log.Read(since, number.Length > 0 ? number : null, limit).Select(SmsLogView.From).ToList(), ApiJson.Options);
        });

        admin.MapGet("/sync/quarantine", (SyncQuarantine quarantine) => Results.Json(quarantine.List(), ApiJson.Options));

        admin.MapPost("/sync/quarantine/{id}/retry", async (string id, HttpRequest request, SyncQuarantine quarantine, CancellationToken ct) =>
        {
            var (body, problem) = await ReadActionAsync(id, request, ct);
            if (problem is not null)
            {
                return problem;
            }

            var requeued = quarantine.Retry(body.Id, body.By);
            return requeued == 0 ? Problems.NotFound(id) : Results.Json(new { Id = body.Id, Requeued = requeued }, ApiJson.Options);
        });

        admin.MapPost("/sync/quarantine/{id}/drop", async (string id, HttpRequest request, SyncQuarantine quarantine, CancellationToken ct) =>
        {
            var (body, problem) = await ReadActionAsync(id, request, ct);
            if (problem is not null)
            {
                return problem;
            }

            return quarantine.Drop(body.Id, body.By) is { } dropped ? Results.Json(dropped, ApiJson.Options) : Problems.NotFound(id);
        });

        admin.MapGet("/modem", async (IServiceProvider services, CancellationToken ct) =>
            services.GetService<IModemControl>() is { } modem ? Results.Json(await modem.InfoAsync(ct), ApiJson.Options) : NoModem());

        admin.MapPost("/modem/send", async (HttpRequest request, IServiceProvider services, CancellationToken ct) =>
        {
            if (services.GetService<IModemControl>() is not { } modem)
            {
                return NoModem();
            }

            var (body, problem) = await JsonBody.ReadAsync<SendBody>(request, ct);
            if (problem is not null)
            {
                return problem;
            }

            if (string.IsNullOrWhiteSpace(body!.Number) || string.IsNullOrEmpty(body.Text))
            {
                return Problems.Invalid("number", "required", "number and text are required.");
            }

            return Results.Json(new { Reference = await modem.SendAsync(body.Number, body.Text, ct) }, ApiJson.Options);
        });

        admin.MapPost("/modem/ussd", async (HttpRequest request, IServiceProvider services, CancellationToken ct) =>
        {
            if (services.GetService<IModemControl>() is not { } modem)
            {
                return NoModem();
            }

            var (body, problem) = await JsonBody.ReadAsync<UssdBody>(request, ct);
            if (problem is not null)
            {
                return problem;
            }

            return string.IsNullOrWhiteSpace(body!.Code)
                ? Problems.Invalid("code", "required", "a USSD code such as *888# is required.")
                : Results.Json(new { Answer = await modem.UssdAsync(body.Code, ct) }, ApiJson.Options);
        });
    }

    /// <summary>What <c>kiosk sms log</c> shows without <c>--limit</c>, and the most it may ask for.</summary>
    public const int SmsLogDefaultLimit = 50;

    public const int SmsLogMaxLimit = 1000;

    /// <summary>The event id from the path and who asks (for the journal and the audit log) from the body.</summary>
    private static async Task<((Guid Id, string By) Body, IResult? Problem)> ReadActionAsync(string id, HttpRequest request, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var eventId))
        {
            return (default, Problems.Invalid("id", "malformed", $"'{id}' is not an event id (see kiosk sync quarantine list)."));
        }

        var (body, problem) = await JsonBody.ReadAsync<ActionBody>(request, ct);
        return problem is not null ? (default, problem) : ((eventId, body?.By ?? "unknown"), null);
    }

    /// <summary>True when the request came in on the Unix socket listener.</summary>
    public static bool IsUnixSocket(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Kestrel does not always surface the connection's end point on the request; a TCP request
        // always has a local IP address, a Unix socket request never has one.
        return context.Features.Get<IConnectionEndPointFeature>()?.LocalEndPoint is { } local
            ? local is UnixDomainSocketEndPoint
            : context.Connection.LocalIpAddress is null;
    }

    private static IResult SyncDisabled() => Problems.Simple(
        StatusCodes.Status503ServiceUnavailable, "sync-disabled", "sync disabled", "Sync is disabled: no Kiosk:Upstream:Url is configured, or the sync worker is not running.");

    private static IResult NoModem() => Problems.Simple(
        StatusCodes.Status503ServiceUnavailable, "modem-not-configured", "modem not configured", "No modem is configured on this kiosk (Kiosk:Modem), or the modem worker is not running.");

    private sealed record SendBody(string? Number, string? Text);

    private sealed record UssdBody(string? Code);

    private sealed record ActionBody(string? By);
}
