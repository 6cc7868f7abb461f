using Kiosk.Core.Status;

namespace Kiosk.Host.Status;

/// <summary>The status feature: a tracking code or ticket number to its public status, <c>/api/status</c>.</summary>
public static class StatusSetup
{
    public static IServiceCollection AddStatus(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<StatusLookup>();
        return services;
    }

    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapStatusApi();
        return app;
    }
}
