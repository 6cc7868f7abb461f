using Kiosk.Core.Sync;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Sync;

/// <summary>Host wiring for the upstream client.</summary>
public static class UpstreamServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Upstream</c> section (a bad value stops the host at start, naming
    /// the key) and registers <see cref="IUpstreamClient"/> as a typed <see cref="HttpClient"/> with
    /// the pinned-CA handler. When <see cref="UpstreamOptions.IsEnabled"/> is false the sync worker
    /// must not call the client.
    /// </summary>
    public static IServiceCollection AddUpstreamClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        Composition.KioskValidation.Upstream.Register(services, configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<IUpstreamClient, HttpUpstreamClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => UpstreamHttpHandler.Create(sp.GetRequiredService<IOptions<UpstreamOptions>>().Value));
        return services;
    }
}
