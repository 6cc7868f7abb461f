using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Ups;
using Kiosk.Host.Composition;
using Kiosk.Host.Health;

namespace Kiosk.Host.Peripherals;

/// <summary>Registers the GPIO board configured under <c>Kiosk:Gpio</c> (nothing opened when nothing is configured).</summary>
public static class PeripheralsSetup
{
    public static void AddPeripherals(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(GpioOptions.SectionName).Get<GpioOptions>() ?? new GpioOptions();
        var problems = GpioOptionsValidator.Check(options);
        if (problems.Count > 0)
        {
            throw new StartupConfigurationException(problems);
        }

        services.AddSingleton(options);
        services.AddSingleton(sp => GpioBoard.Open(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<PowerSupply>();
        services.AddSingleton<IShutdownSequence, HostShutdown>();
        services.AddSingleton<IHealthComponent, PowerHealth>();
        services.AddSingleton<PeripheralsWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PeripheralsWorker>());
    }
}
