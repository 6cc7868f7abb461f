using Kiosk.Core.Complaints;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;

namespace Kiosk.Host.Complaints;

/// <summary>The complaint feature: filing, tracking codes, <c>/api/complaints</c>.</summary>
public static class ComplaintsSetup
{
    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IComplaintStore, LiteComplaintStore>();
        services.AddSingleton<ComplaintService>();
        return services;
    }

    public static IEndpointRouteBuilder MapComplaints(this IEndpointRouteBuilder app)
    {
        app.MapComplaintApi();
        return app;
    }
}
