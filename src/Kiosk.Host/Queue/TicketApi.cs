using Kiosk.Core;
using Kiosk.Core.Queue;
using Kiosk.Host.Http;
using Kiosk.Host.Printing;

namespace Kiosk.Host.Queue;

/// <summary><c>/api/tickets</c>: take a number, look one up, reprint or cancel it (staff actions are on the staff listener: Counters).</summary>
public static class TicketApi
{
    public static void MapTicketApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/tickets", async (HttpRequest request, QueueService queue, ReceiptPrinter printer, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<TicketBody>(request, ct);
            if (problem is not null)
            {
                return problem;
            }

            if (!PriorityNames.TryParse(body!.Priority, out var priority))
            {
                return Problems.Invalid("priority", "unknown", "Pilihan prioritas tidak dikenal. Pilih lansia, disabilitas atau ibu hamil.");
            }

            // The ticket exists from here on; printing can only add to it, never take it away.
            var issued = queue.Issue(new TicketRequest(body.Service, priority, Channel.Kiosk, body.Phone));
            var print = await printer.PrintTicketAsync(issued.Ticket, issued.PeopleAhead, issued.EstimatedWaitMinutes, CancellationToken.None);
            return Results.Json(
                TicketView.From(issued.Ticket, issued.PeopleAhead, issued.EstimatedWaitMinutes) with { Print = PrintView.From(print) },
                ApiJson.Options,
                statusCode: StatusCodes.Status201Created);
        });

        app.MapGet("/api/tickets/{code}", (string code, QueueService queue) =>
        {
            var ticket = queue.Find(code);
            if (ticket is null)
            {
                return TicketCode.Normalise(code) is null
                    ? Problems.Invalid("code", "malformed", "Nomor antrian tidak dikenali. Contoh: A-017.")
                    : Problems.NotFound(TicketCode.Normalise(code));
            }

            var (ahead, wait) = queue.Estimate(ticket);
            return Results.Json(TicketView.From(ticket, ahead, wait), ApiJson.Options);
        });

        app.MapGet("/api/tickets/{code}/image", (string code, QueueService queue, ReceiptPrinter printer) =>
        {
            var ticket = queue.Find(code);
            if (ticket is null)
            {
                return TicketCode.Normalise(code) is null
                    ? Problems.Invalid("code", "malformed", "Nomor antrian tidak dikenali. Contoh: A-017.")
                    : Problems.NotFound(TicketCode.Normalise(code));
            }

            var (ahead, wait) = queue.Estimate(ticket);
            return Results.File(printer.TicketImage(ticket, ahead, wait), "image/png");
        });

        app.MapPost("/api/tickets/{code}/reprint", async (string code, QueueService queue, ReceiptPrinter printer, CancellationToken ct) =>
        {
            var ticket = queue.Find(code) ?? throw new Core.Validation.NotFoundException(TicketCode.Normalise(code) ?? code);
            var (ahead, wait) = queue.Estimate(ticket);
            var print = await printer.ReprintTicketAsync(ticket, ahead, wait, ct);
            return Results.Json(TicketView.From(ticket, ahead, wait) with { Print = PrintView.From(print) }, ApiJson.Options);
        });

        app.MapPost("/api/tickets/{code}/cancel", (string code, QueueService queue) =>
            Results.Json(TicketView.From(queue.Cancel(code), 0, 0), ApiJson.Options));
    }

    private sealed record TicketBody(string? Service, string? Priority, string? Phone);
}

/// <summary>A ticket as the API shows it; the phone is never echoed.</summary>
public sealed record TicketView(
    string Code,
    int Number,
    string Service,
    string Priority,
    string State,
    int PeopleAhead,
    int EstimatedWaitMinutes,
    DateTimeOffset IssuedAt,
    DateTimeOffset? CalledAt,
    string? Counter)
{
    /// <summary>Only on answers that printed: printed or failed, and why.</summary>
    public PrintView? Print { get; init; }

    public static TicketView From(Ticket ticket, int peopleAhead, int estimatedWaitMinutes)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new(
            ticket.Code,
            ticket.Number,
            ticket.Service,
            PriorityNames.Api(ticket.Priority),
            TicketStateNames.Api(ticket.State),
            peopleAhead,
            estimatedWaitMinutes,
            ticket.IssuedAt,
            ticket.CalledAt,
            ticket.Counter);
    }
}

/// <summary>How printing went: <c>{status: printed|failed, problem?: paper_out|cover_open|offline|error}</c>.</summary>
public sealed record PrintView(string Status, string? Problem)
{
    public static PrintView From(PrintResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Status.ToString().ToLowerInvariant(), result.Problem);
    }
}
