using Kiosk.Core.Queue;
using Kiosk.Core.Sms;
using Kiosk.Host.Http;

namespace Kiosk.Host.Queue;

/// <summary><c>POST /api/counters/{counter}/call-next</c>: staff at a loket call the next resident.</summary>
public static class CounterApi
{
    public static void MapCounterApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/counters/{counter}/call-next", (string counter, string? service, QueueService queue, TurnNearNotifier notifier) =>
        {
            var called = queue.CallNext(counter, service);
            notifier.Check();
            return called is null
                ? Results.NoContent()
                : Results.Json(TicketView.From(called, 0, 0), ApiJson.Options);
        });
}
