using System.Text.Json.Serialization;
using Kiosk.Core.Counters;
using Kiosk.Core.Queue;
using Kiosk.Host.Http;
using Kiosk.Host.Queue;

namespace Kiosk.Host.Counters;

/// <summary>
/// The counters' API on the staff listener: <c>POST /api/counters/pair</c> (a pairing code for a
/// token) and, with a counter's bearer token, <c>/api/counters/{id}</c> and its actions. A counter
/// acts only as itself: another counter's id is 403.
/// </summary>
public static class StaffApi
{
    public const string PairingPolicy = "staff-pairing";
    public const string StaffPolicy = "staff";

    public static void MapStaffApi(this IEndpointRouteBuilder app, StaffAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        app.MapPost("/api/counters/pair", Pair)
            .AddEndpointFilter(access.ListenerAndOrigin)
            .RequireRateLimiting(PairingPolicy);

        var counter = app.MapGroup("/api/counters/{id}")
            .AddEndpointFilter(access.ListenerAndOrigin)
            .AddEndpointFilter(StaffAccess.RequireToken(StaffDeviceKind.Counter))
            .AddEndpointFilter(async (context, next) =>
                string.Equals(StaffAccess.Caller(context.HttpContext).Id, context.HttpContext.GetRouteValue("id") as string, StringComparison.OrdinalIgnoreCase)
                    ? await next(context)
                    : Problems.Simple(StatusCodes.Status403Forbidden, "forbidden", "Tidak diizinkan", "Token ini milik loket lain."))
            .RequireRateLimiting(StaffPolicy);

        counter.MapGet("", Show);
        counter.MapPost("/call-next", CallNext);
        counter.MapPost("/call", CallSpecific);
        counter.MapPost("/recall", Recall);
        counter.MapPost("/served", Served);
        counter.MapPost("/no-show", NoShow);
        counter.MapPost("/transfer", Transfer);
    }

    private static async Task<IResult> Pair(HttpRequest request, CounterRegistry registry, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<PairBody>(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (counter, token) = registry.Pair(body!.Code);
        return TypedResults.Json(new PairedView(token, WireKind(counter.Kind), counter.Id, counter.Name, counter.Services), ApiJson.Options);
    }

    private static IResult Show(string id, CounterDesk desk) => TypedResults.Json(CounterPageView.From(id, desk.View(id)), ApiJson.Options);

    private static async Task<IResult> CallNext(string id, HttpRequest request, CounterDesk desk, CancellationToken ct)
    {
        var (body, problem) = await OptionalBodyAsync<CallNextBody>(request, ct);
        return problem ?? TypedResults.Json(CallView.From(await desk.CallNextAsync(id, string.IsNullOrWhiteSpace(body?.Service) ? null : body.Service, ct)), ApiJson.Options);
    }

    private static async Task<IResult> CallSpecific(string id, HttpRequest request, CounterDesk desk, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<CodeBody>(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        return string.IsNullOrWhiteSpace(body!.Code)
            ? Problems.Invalid("code", "required", "Tulis nomor antrian, contoh A-017.")
            : TypedResults.Json(CallView.From(await desk.CallSpecificAsync(id, body.Code, ct)), ApiJson.Options);
    }

    private static async Task<IResult> Recall(string id, CounterDesk desk, CancellationToken ct) =>
        TypedResults.Json(TicketView.From(await desk.RecallAsync(id, ct), 0, 0), ApiJson.Options);

    private static async Task<IResult> Served(string id, CounterDesk desk, CancellationToken ct) =>
        TypedResults.Json(TicketView.From(await desk.ServedAsync(id, ct), 0, 0), ApiJson.Options);

    private static async Task<IResult> NoShow(string id, CounterDesk desk, CancellationToken ct) =>
        TypedResults.Json(TicketView.From(await desk.NoShowAsync(id, ct), 0, 0), ApiJson.Options);

    private static async Task<IResult> Transfer(string id, HttpRequest request, CounterDesk desk, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<TransferBody>(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Json(TicketView.From(await desk.TransferAsync(id, body!.Service ?? "", string.IsNullOrWhiteSpace(body.Code) ? null : body.Code, ct), 0, 0), ApiJson.Options);
    }

    /// <summary>An empty body is no options; anything else must be JSON.</summary>
    private static async Task<(T? Value, IResult? Problem)> OptionalBodyAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class =>
        request.ContentLength is null or 0 && request.ContentType is null
            ? (null, null)
            : await JsonBody.ReadAsync<T>(request, ct);

    public static string WireKind(StaffDeviceKind kind) => kind == StaffDeviceKind.Display ? "display" : "counter";

    private sealed record PairBody(string? Code);

    private sealed record CallNextBody(string? Service);

    private sealed record CodeBody(string? Code);

    private sealed record TransferBody(string? Service, string? Code);
}

/// <summary>The answer to pairing: the token to keep (shown once) and what it is for.</summary>
public sealed record PairedView(string Token, string Kind, string Id, string Name, IReadOnlyList<string> Services);

/// <summary>A call's answer: the ticket closed as served before it, and the ticket called (absent when nobody waits).</summary>
public sealed record CallView(TicketView? Closed, TicketView? Called)
{
    public static CallView From(CallOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Closed is null ? null : TicketView.From(outcome.Closed, 0, 0), outcome.Called is null ? null : TicketView.From(outcome.Called, 0, 0));
    }
}

/// <summary><c>GET /api/counters/{id}</c>: what the counter page draws.</summary>
public sealed record CounterPageView(
    string Id,
    string Name,
    IReadOnlyList<string> Services,
    TicketView? Current,
    IReadOnlyList<WaitingView> Waiting,
    CounterStatsView Stats)
{
    public static CounterPageView From(string id, CounterView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(
            CounterRegistry.Slug(id),
            view.Seat.Name,
            view.Seat.Services,
            view.Current is null ? null : TicketView.From(view.Current, 0, 0),
            [.. view.Waiting.Select(w => new WaitingView(w.Ticket.Code, w.Ticket.Service, PriorityNames.Api(w.Ticket.Priority), w.Ticket.IssuedAt, w.WaitedMinutes))],
            new CounterStatsView(view.Stats.Called, view.Stats.Served, view.Stats.NoShow, view.Stats.MeanServiceMinutes));
    }
}

public sealed record WaitingView(string Code, string Service, string Priority, DateTimeOffset IssuedAt, int WaitedMinutes);

public sealed record CounterStatsView(
    int Called,
    int Served,
    int NoShow,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? MeanServiceMinutes);
