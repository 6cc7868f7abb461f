using Kiosk.Hardware.Gpio.Counters;
using System.Device.Gpio;
using System.Device.Pwm;
using Kiosk.Hardware.Gpio.Button;
using Kiosk.Hardware.Gpio.Buzzers;
using Kiosk.Hardware.Gpio.Led;
using Kiosk.Hardware.Gpio.PowerKey;
using Kiosk.Hardware.Gpio.Ups;
using Microsoft.Extensions.Logging;

namespace Kiosk.Hardware.Gpio;

/// <summary>
/// The board's peripherals as configured: each property is null when that peripheral is not
/// fitted. <see cref="Open"/> is the static factory that opens real hardware (one shared
/// <see cref="GpioController"/>, the PWM channel, the INA219's I2C device); with nothing
/// configured it opens nothing at all, which is what the embedded default runs with.
/// Devices open their pins on first use, so opening the board does not touch a pin yet.
/// </summary>
public sealed class GpioBoard : IDisposable
{
    private readonly GpioController? _controller;
    private readonly Ina219? _ina219;

    private GpioBoard(GpioController? controller, Ina219? ina219)
    {
        _controller = controller;
        _ina219 = ina219;
    }

    /// <summary>A board with nothing fitted.</summary>
    public static GpioBoard None => new(null, null);

    public StatusLed? StatusLed { get; private init; }

    public Buzzer? Buzzer { get; private init; }

    public TicketButton? TicketButton { get; private init; }

    public ModemPowerKey? ModemPowerKey { get; private init; }

    /// <summary>The UPS sensor (power-loss line and/or INA219) for a <see cref="PowerLossMonitor"/>.</summary>
    public UpsPowerSensor? PowerSensor { get; private init; }

    /// <summary>The counters' call buttons and number displays (<c>Kiosk:Gpio:CounterPanels</c>).</summary>
    public IReadOnlyList<CounterPanel> CounterPanels { get; private init; } = [];

    /// <summary>Series cells of the UPS battery, for the <see cref="PowerLossMonitor"/>.</summary>
    public int CellsInSeries { get; private init; } = 1;

    /// <summary>Opens the configured peripherals on this Raspberry Pi. Validate the options first.</summary>
    public static GpioBoard Open(GpioOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Create(
            options,
            options.AnyGpioPinConfigured ? static () => new GpioController() : null,
            static (chip, channel, hz) => PwmChannel.Create(chip, channel, hz, 0.5),
            static ina => Ina219.Create(ina),
            timeProvider,
            loggerFactory);
    }

    /// <summary>Builds the board from factories; tests pass fakes and simulators.</summary>
    /// <summary>Builds the board from given device factories (tests pass a fake GPIO driver; other boards their own).</summary>
    public static GpioBoard Create(
        GpioOptions options,
        Func<GpioController>? openController,
        Func<int, int, int, PwmChannel> openPwm,
        Func<Ina219Options, Ina219> openIna219,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);

        var controller = options.AnyGpioPinConfigured
            ? (openController ?? throw new ArgumentNullException(nameof(openController)))()
            : null;

        Ina219? ina219 = null;
        try
        {
            if (options.Ina219 is { } inaOptions)
            {
                ina219 = openIna219(inaOptions);
                ina219.Configure(
                    Ina219Configuration.BusRangeFor(inaOptions.CellsInSeries * 4.2),
                    Ina219Configuration.ShuntRangeFor(inaOptions.MaxExpectedAmps * inaOptions.ShuntOhms));
            }

            return Assemble(options, controller, openPwm, ina219, timeProvider, loggerFactory);
        }
        catch
        {
            // Whatever was opened before the failure is released; the exception goes on to the host.
            ina219?.Dispose();
            controller?.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        StatusLed?.Dispose();
        Buzzer?.Dispose();
        TicketButton?.Dispose();
        ModemPowerKey?.Dispose();
        PowerSensor?.Dispose();
        foreach (var panel in CounterPanels)
        {
            panel.Dispose();
        }

        _ina219?.Dispose();
        _controller?.Dispose();
    }

    private static GpioBoard Assemble(
        GpioOptions options,
        GpioController? controller,
        Func<int, int, int, PwmChannel> openPwm,
        Ina219? ina219,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        Buzzer? buzzer = null;
        if (options.HasPwmBuzzer)
        {
            buzzer = new Buzzer(
                openPwm(options.BuzzerPwmChip!.Value, options.BuzzerPwmChannel!.Value, options.BuzzerFrequencyHz),
                options.BuzzerFrequencyHz,
                shouldDispose: true,
                timeProvider,
                loggerFactory.CreateLogger<Buzzer>());
        }
        else if (options.BuzzerPin is { } buzzerPin)
        {
            buzzer = new Buzzer(controller!, buzzerPin, shouldDispose: false, timeProvider, loggerFactory.CreateLogger<Buzzer>());
        }

        return new GpioBoard(controller, ina219)
        {
            StatusLed = options.StatusLedPin is { } led ? new StatusLed(controller!, led, shouldDispose: false, timeProvider, loggerFactory.CreateLogger<StatusLed>()) : null,
            Buzzer = buzzer,
            TicketButton = options.TicketButtonPin is { } button
                ? new TicketButton(
                    controller!,
                    button,
                    options.TicketButtonActiveLow,
                    TimeSpan.FromMilliseconds(options.TicketButtonDebounceMs),
                    TimeSpan.FromMilliseconds(options.TicketButtonLongPressMs),
                    shouldDispose: false,
                    timeProvider,
                    loggerFactory.CreateLogger<TicketButton>())
                : null,
            ModemPowerKey = options.ModemPowerKeyPin is { } key
                ? new ModemPowerKey(
                    controller!,
                    key,
                    ModemPowerKeyTimings.From(options.ModemPowerKey),
                    options.ModemPowerKey.AssertLevel,
                    shouldDispose: false,
                    timeProvider,
                    loggerFactory.CreateLogger<ModemPowerKey>())
                : null,
            PowerSensor = options.PowerLossPin is not null || ina219 is not null
                ? new UpsPowerSensor(
                    options.PowerLossPin is not null ? controller : null,
                    options.PowerLossPin ?? 0,
                    options.PowerLossActiveLevel,
                    ina219,
                    options.Ina219?.OnBatteryBelowAmps ?? 0,
                    shouldDispose: false)
                : null,
            CellsInSeries = options.Ina219?.CellsInSeries ?? 1,
            CounterPanels = [.. options.CounterPanels.Select(panel => OpenPanel(panel, controller!, timeProvider, loggerFactory))],
        };
    }

    private static CounterPanel OpenPanel(CounterPanelOptions panel, GpioController controller, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        TicketButton? Button(int? pin, string role) => pin is { } p
            ? new TicketButton(controller, p, activeLow: true, TimeSpan.FromMilliseconds(30), TimeSpan.FromSeconds(3), shouldDispose: false, timeProvider, loggerFactory.CreateLogger<TicketButton>(), $"{panel.Counter} {role} button")
            : null;

        return new CounterPanel(
            panel.Counter,
            Button(panel.NextButtonPin, "next"),
            Button(panel.RecallButtonPin, "recall"),
            panel.HasDisplay ? new CounterDigits(controller, panel.DisplayClockPin!.Value, panel.DisplayDataPin!.Value, panel.DisplayBrightness) : null);
    }
}
