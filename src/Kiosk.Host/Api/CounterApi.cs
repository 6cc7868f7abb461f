using Kiosk.Core.Queue;

namespace Kiosk.Host.Api;

/// <summary><c>POST /api/counters/{counter}/call-next</c>: staff at a loket call the next resident.</summary>
public static class CounterApi
{
    public static void MapCounterApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/counters/{counter}/call-next", (string counter, string? service, QueueService queue) =>
        {
            var called = queue.CallNext(counter, service);
            return called is null
                ? Results.NoContent()
                : Results.Json(TicketView.From(called, 0, 0), ApiJson.Options);
        });
}
