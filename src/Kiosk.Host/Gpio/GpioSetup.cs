using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Ups;
using Kiosk.Host.Composition;
using Kiosk.Host.Health;

namespace Kiosk.Host.Gpio;

/// <summary>Registers the GPIO board configured under <c>Kiosk:Gpio</c> (nothing opened when nothing is configured).</summary>
public static class GpioSetup
{
    public static IServiceCollection AddGpio(this IServiceCollection services, IConfiguration configuration)
    {
        KioskValidation.Gpio.Register(services, configuration);
        KioskValidation.Power.Register(services, configuration);
        // Which peripherals get a health line is decided now; a section that cannot be read stops the start anyway.
        var options = KioskValidation.Gpio.Read(configuration);
        services.AddSingleton(sp => GpioBoard.Open(sp.GetRequiredService<GpioOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<PowerSupply>();
        services.AddSingleton<IShutdownSequence, HostShutdown>();
        services.AddSingleton<IHealthComponent, PowerHealth>();

        // One /healthz entry (one doctor line) per configured peripheral.
        void Peripheral(string name, string wiring, Func<GpioBoard, bool> opened) =>
            services.AddSingleton<IHealthComponent>(sp => new PeripheralHealth(name, wiring, () => opened(sp.GetRequiredService<GpioBoard>())));
        if (options.StatusLedPin is { } led)
        {
            Peripheral("gpio.status-led", $"status LED on BCM {led}", b => b.StatusLed is not null);
        }

        if (options.BuzzerPin is { } buzzer)
        {
            Peripheral("gpio.buzzer", $"buzzer on BCM {buzzer}", b => b.Buzzer is not null);
        }
        else if (options.HasPwmBuzzer)
        {
            Peripheral("gpio.buzzer", $"buzzer on PWM chip {options.BuzzerPwmChip} channel {options.BuzzerPwmChannel}", b => b.Buzzer is not null);
        }

        if (options.TicketButtonPin is { } button)
        {
            Peripheral("gpio.ticket-button", $"ticket button on BCM {button}", b => b.TicketButton is not null);
        }

        if (options.ModemPowerKeyPin is { } key)
        {
            Peripheral("gpio.modem-power-key", $"modem power key on BCM {key}", b => b.ModemPowerKey is not null);
        }

        if (options.PowerLossPin is not null || options.Ina219 is not null)
        {
            Peripheral("gpio.ups", $"UPS monitor ({(options.PowerLossPin is { } loss ? $"power-loss line BCM {loss}" : "")}{(options.Ina219 is { } ina ? $" INA219 at 0x{ina.Address:X2}" : "")})".Replace("( ", "(", StringComparison.Ordinal), b => b.PowerSensor is not null);
        }
        services.AddSingleton<PeripheralsWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PeripheralsWorker>());
        return services;
    }
}
