using Kiosk.Hardware.Gpio.Counters;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Kiosk.Hardware.Gpio;

/// <summary>
/// Rejects a bad <c>Kiosk:Gpio</c> section at start, naming the key and the reason, so the service
/// stops with a message a technician can act on instead of driving the wrong pin.
/// </summary>
public sealed class GpioOptionsValidator : IValidateOptions<GpioOptions>
{
    /// <summary>Highest BCM GPIO on the 40-pin header.</summary>
    public const int MaxHeaderPin = 27;

    private const string Prefix = GpioOptions.SectionName + ":";

    /// <summary>GPIO2/GPIO3 are SDA1/SCL1, taken by the I2C bus of the INA219 and the RTC.</summary>
    private static readonly int[] I2cPins = [2, 3];

    public ValidateOptionsResult Validate(string? name, GpioOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Every problem found, each as "key: reason".</summary>
    public static IReadOnlyList<string> Check(GpioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        var pins = new (string Key, int? Pin)[]
        {
            (nameof(GpioOptions.StatusLedPin), options.StatusLedPin),
            (nameof(GpioOptions.BuzzerPin), options.BuzzerPin),
            (nameof(GpioOptions.TicketButtonPin), options.TicketButtonPin),
            (nameof(GpioOptions.ModemPowerKeyPin), options.ModemPowerKeyPin),
            (nameof(GpioOptions.PowerLossPin), options.PowerLossPin),
        }.Concat(options.CounterPanels.SelectMany((panel, i) => new (string, int?)[]
        {
            ($"{nameof(GpioOptions.CounterPanels)}:{i}:{nameof(CounterPanelOptions.NextButtonPin)}", panel.NextButtonPin),
            ($"{nameof(GpioOptions.CounterPanels)}:{i}:{nameof(CounterPanelOptions.RecallButtonPin)}", panel.RecallButtonPin),
            ($"{nameof(GpioOptions.CounterPanels)}:{i}:{nameof(CounterPanelOptions.DisplayClockPin)}", panel.DisplayClockPin),
            ($"{nameof(GpioOptions.CounterPanels)}:{i}:{nameof(CounterPanelOptions.DisplayDataPin)}", panel.DisplayDataPin),
        })).ToArray();
        CheckPins(pins, options.Ina219 is not null || options.Rtc.Expected, failures);
        CheckCounterPanels(options.CounterPanels, failures);
        CheckBuzzer(options, failures);
        CheckButton(options, failures);
        CheckModemPowerKey(options.ModemPowerKey, failures);
        if (options.Ina219 is { } ina)
        {
            CheckIna219(ina, failures);
        }

        CheckShutdown(options.Shutdown, failures);
        return failures;
    }

    private static void CheckCounterPanels(List<CounterPanelOptions> panels, List<string> failures)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < panels.Count; i++)
        {
            var panel = panels[i];
            var key = $"{nameof(GpioOptions.CounterPanels)}:{i}";
            if (string.IsNullOrWhiteSpace(panel.Counter))
            {
                Fail(failures, $"{key}:{nameof(CounterPanelOptions.Counter)}", "is required: the counter's name as paired, e.g. \"Loket 1\"");
            }
            else if (!names.Add(panel.Counter.Trim()))
            {
                Fail(failures, $"{key}:{nameof(CounterPanelOptions.Counter)}", $"'{panel.Counter}' already has a panel; one panel per counter");
            }

            if ((panel.DisplayClockPin is null) != (panel.DisplayDataPin is null))
            {
                Fail(failures, $"{key}:{(panel.DisplayClockPin is null ? nameof(CounterPanelOptions.DisplayClockPin) : nameof(CounterPanelOptions.DisplayDataPin))}", "is required too: a TM1637 display needs its CLK and DIO pins");
            }

            if (panel.DisplayBrightness > 7)
            {
                Fail(failures, $"{key}:{nameof(CounterPanelOptions.DisplayBrightness)}", $"{panel.DisplayBrightness} is not a TM1637 brightness; use 0 to 7");
            }

            if (!panel.Pins.Any())
            {
                Fail(failures, key, "has no pins: wire a button (NextButtonPin, RecallButtonPin) or a display (DisplayClockPin, DisplayDataPin)");
            }
        }
    }

    private static void CheckPins((string Key, int? Pin)[] pins, bool i2cInUse, List<string> failures)
    {
        var firstUse = new Dictionary<int, string>();
        foreach (var (key, pin) in pins)
        {
            if (pin is not { } p)
            {
                continue;
            }

            if (p is < 0 or > MaxHeaderPin)
            {
                Fail(failures, key, $"BCM pin {p} is not on the header; use 0 to {MaxHeaderPin}");
                continue;
            }

            if (firstUse.TryGetValue(p, out var other))
            {
                Fail(failures, key, $"BCM pin {p} is already used by {Prefix}{other}; each peripheral needs its own pin");
                continue;
            }

            firstUse[p] = key;
            if (i2cInUse && I2cPins.Contains(p))
            {
                Fail(failures, key, $"BCM pin {p} is an I2C line (SDA1/SCL1) used by the INA219 or the RTC");
            }
        }
    }

    private static void CheckBuzzer(GpioOptions options, List<string> failures)
    {
        if ((options.BuzzerPwmChip is null) != (options.BuzzerPwmChannel is null))
        {
            var missing = options.BuzzerPwmChip is null ? nameof(GpioOptions.BuzzerPwmChip) : nameof(GpioOptions.BuzzerPwmChannel);
            Fail(failures, missing, "a PWM buzzer needs both BuzzerPwmChip and BuzzerPwmChannel");
        }

        if (options.BuzzerPin is not null && (options.BuzzerPwmChip is not null || options.BuzzerPwmChannel is not null))
        {
            Fail(failures, nameof(GpioOptions.BuzzerPin), "set either BuzzerPin (active buzzer) or BuzzerPwmChip/BuzzerPwmChannel (passive buzzer), not both");
        }

        if (options.BuzzerPwmChip is < 0)
        {
            Fail(failures, nameof(GpioOptions.BuzzerPwmChip), "must be 0 or more (see /sys/class/pwm/pwmchipN)");
        }

        if (options.BuzzerPwmChannel is < 0 or > 3)
        {
            Fail(failures, nameof(GpioOptions.BuzzerPwmChannel), "must be 0 to 3");
        }

        if (options.HasPwmBuzzer && options.BuzzerFrequencyHz is < 100 or > 10_000)
        {
            Fail(failures, nameof(GpioOptions.BuzzerFrequencyHz), "must be 100 to 10000 Hz");
        }
    }

    private static void CheckButton(GpioOptions options, List<string> failures)
    {
        if (options.TicketButtonPin is null)
        {
            return;
        }

        if (options.TicketButtonDebounceMs is < 1 or > 500)
        {
            Fail(failures, nameof(GpioOptions.TicketButtonDebounceMs), "must be 1 to 500 ms");
        }

        if (options.TicketButtonLongPressMs <= options.TicketButtonDebounceMs || options.TicketButtonLongPressMs > 60_000)
        {
            Fail(failures, nameof(GpioOptions.TicketButtonLongPressMs), "must be longer than TicketButtonDebounceMs and at most 60000 ms");
        }
    }

    private static void CheckModemPowerKey(ModemPowerKeyOptions key, List<string> failures)
    {
        const string Section = nameof(GpioOptions.ModemPowerKey) + ":";
        if (!Enum.IsDefined(key.Module))
        {
            Fail(failures, Section + nameof(ModemPowerKeyOptions.Module), "must be Sim800 or Sim7600");
        }

        if (key.OnPulseMs is < 50 or > 10_000)
        {
            Fail(failures, Section + nameof(ModemPowerKeyOptions.OnPulseMs), "must be 50 to 10000 ms");
        }

        // SIM800: holding PWRKEY low for 33 s or more powers the module up again.
        if (key.OffPulseMs is < 500 or > 30_000)
        {
            Fail(failures, Section + nameof(ModemPowerKeyOptions.OffPulseMs), "must be 500 to 30000 ms (33 s or more turns a SIM800 back on)");
        }

        if (key.OffToOnDelayMs is < 0 or > 120_000)
        {
            Fail(failures, Section + nameof(ModemPowerKeyOptions.OffToOnDelayMs), "must be 0 to 120000 ms");
        }
    }

    private static void CheckIna219(Ina219Options ina, List<string> failures)
    {
        const string Section = nameof(GpioOptions.Ina219) + ":";
        if (ina.BusId < 0)
        {
            Fail(failures, Section + nameof(Ina219Options.BusId), "must be 0 or more (/dev/i2c-N)");
        }

        if (ina.Address is < 0x03 or > 0x77)
        {
            Fail(failures, Section + nameof(Ina219Options.Address), string.Create(CultureInfo.InvariantCulture, $"0x{ina.Address:X2} is outside the 7-bit I2C range 0x03 to 0x77"));
        }

        var shuntOk = ina.ShuntOhms is > 0 and <= 10;
        if (!shuntOk)
        {
            Fail(failures, Section + nameof(Ina219Options.ShuntOhms), "must be above 0 and at most 10 ohms");
        }

        var ampsOk = ina.MaxExpectedAmps is > 0 and <= 100;
        if (!ampsOk)
        {
            Fail(failures, Section + nameof(Ina219Options.MaxExpectedAmps), "must be above 0 and at most 100 A");
        }

        if (shuntOk && ampsOk && !Ups.Ina219Calibration.TryCreate(ina.ShuntOhms, ina.MaxExpectedAmps, out _))
        {
            Fail(failures, Section + nameof(Ina219Options.MaxExpectedAmps), "with this shunt the calibration value does not fit the 16-bit register; raise MaxExpectedAmps");
        }

        if (ina.CellsInSeries is < 1 or > 8)
        {
            Fail(failures, Section + nameof(Ina219Options.CellsInSeries), "must be 1 to 8");
        }
    }

    private static void CheckShutdown(ShutdownOptions shutdown, List<string> failures)
    {
        const string Section = nameof(GpioOptions.Shutdown) + ":";
        if (shutdown.AfterOnBattery < TimeSpan.Zero || shutdown.AfterOnBattery > TimeSpan.FromHours(24))
        {
            Fail(failures, Section + nameof(ShutdownOptions.AfterOnBattery), "must be 00:00:00 to 24:00:00");
        }

        if (shutdown.BelowCellVolts is < 2.5 or > 4.2)
        {
            Fail(failures, Section + nameof(ShutdownOptions.BelowCellVolts), "must be 2.5 to 4.2 V per cell");
        }

        if (shutdown.PollInterval <= TimeSpan.Zero || shutdown.PollInterval > TimeSpan.FromMinutes(5))
        {
            Fail(failures, Section + nameof(ShutdownOptions.PollInterval), "must be above 0 and at most 00:05:00");
        }
    }

    private static void Fail(List<string> failures, string key, string reason) => failures.Add($"{Prefix}{key}: {reason}");
}
