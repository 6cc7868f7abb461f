using Kiosk.Core.Queue;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Queue;

/// <summary>The queue feature: numbering, the calling order, <c>/api/tickets</c> (the counters' side is Counters).</summary>
public static class QueueSetup
{
    public static IServiceCollection AddQueue(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<ITicketStore, LiteTicketStore>();
        // Resolved after the store, which has checked the floor against its tickets.
        services.AddSingleton<INumberingFloor>(sp =>
        {
            _ = sp.GetRequiredService<LiteKioskDatabase>();
            return NumberingFloorFile.Open(sp.GetRequiredService<DataDirectory>().Path);
        });
        services.AddSingleton<QueueService>();
        return services;
    }

    public static IEndpointRouteBuilder MapQueue(this IEndpointRouteBuilder app)
    {
        app.MapTicketApi();
        return app;
    }
}
