using Kiosk.Host.Http;

namespace Kiosk.Host.Health;

/// <summary>
/// <c>GET /healthz</c>: 200 with each component's state once the kiosk is serving; 503 while it
/// starts or when a component that tickets depend on (the store) has failed.
/// </summary>
public static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", (HealthReporter reporter, IHostApplicationLifetime lifetime) =>
        {
            var started = lifetime.ApplicationStarted.IsCancellationRequested;
            var (overall, components) = reporter.Check();
            var status = !started ? "starting" : overall.ToString().ToLowerInvariant();
            var code = !started || overall == HealthState.Failed ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            return Results.Json(
                new
                {
                    Status = status,
                    Components = components.ToDictionary(
                        c => c.Key,
                        c => new { State = c.Value.State.ToString().ToLowerInvariant(), c.Value.Detail, c.Value.Data }),
                },
                ApiJson.Options,
                statusCode: code);
        });
}
