using Kiosk.Host.Http;

namespace Kiosk.Host.Printing;

/// <summary><c>GET /api/printer</c>: can a ticket print right now, and if not, why (for the screens).</summary>
public static class PrinterApi
{
    public static void MapPrinterApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/printer", (PrinterMonitor state) =>
        {
            var (status, _, at) = state.Current;
            var problem = state.Problem;
            return Results.Json(
                new
                {
                    CanPrint = problem is null,
                    Condition = status.Condition.ToString().ToLowerInvariant(),
                    Problem = problem,
                    status.PaperNearEnd,
                    CheckedAt = at,
                },
                ApiJson.Options);
        });
}
