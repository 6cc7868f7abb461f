namespace Kiosk.Upstream;

/// <summary>Latency and error-rate injection in front of /api/v1 (lose-ack lives in the push itself).</summary>
public static class FaultMiddleware
{
    public static IApplicationBuilder UseInjectedFaults(this IApplicationBuilder app, FaultSettings faults, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(faults);
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api/v1", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }

            var now = faults.Snapshot();
            if (now.LatencyMs > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(now.LatencyMs), time, context.RequestAborted);
            }

            if (FaultSettings.Roll(now.ErrorRate))
            {
                if (now.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await ApiError.Of(now.ErrorStatus, "injected_fault", "Fault injected by --error-rate.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });
    }
}
