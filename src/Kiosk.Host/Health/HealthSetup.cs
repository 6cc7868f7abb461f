using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kiosk.Host.Health;

/// <summary>The health feature: every component's state, <c>/healthz</c>, and the systemd watchdog fed from it.</summary>
public static class HealthSetup
{
    public static IServiceCollection AddHealth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<HealthReporter>();
        services.AddSingleton<IHealthComponent, StoreHealth>();
        services.TryAddSingleton<IWatchdogEnvironment, ProcessWatchdogEnvironment>();
        services.AddHostedService(sp => new WatchdogWorker(
            sp.GetService<Microsoft.Extensions.Hosting.Systemd.ISystemdNotifier>(),
            sp.GetRequiredService<IWatchdogEnvironment>(),
            sp.GetRequiredService<HealthReporter>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WatchdogWorker>>()));
        return services;
    }
}
