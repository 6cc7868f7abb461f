namespace Kiosk.Hardware.Gpio;

/// <summary>
/// Board peripherals, bound by the host from <c>Kiosk:Gpio</c>. Pins are BCM numbers. Every
/// peripheral is optional: a null or absent pin means the peripheral is not fitted, and with
/// nothing configured no <see cref="System.Device.Gpio.GpioController"/> is opened at all (the
/// embedded default on a laptop or CI). See docs/hardware.md for the wiring table.
/// </summary>
public sealed class GpioOptions
{
    public const string SectionName = "Kiosk:Gpio";

    /// <summary>Status LED (through a resistor to ground; high = lit).</summary>
    public int? StatusLedPin { get; set; }

    /// <summary>Active buzzer on a plain GPIO pin (high = sounding). Mutually exclusive with the PWM buzzer.</summary>
    public int? BuzzerPin { get; set; }

    /// <summary>Passive buzzer on a hardware PWM channel: chip (usually 0) and channel (0 = GPIO18/12, 1 = GPIO19/13).</summary>
    public int? BuzzerPwmChip { get; set; }

    public int? BuzzerPwmChannel { get; set; }

    /// <summary>Tone of the passive buzzer; most piezo discs are loudest near 2.7 kHz.</summary>
    public int BuzzerFrequencyHz { get; set; } = 2700;

    /// <summary>The physical "print ticket" button.</summary>
    public int? TicketButtonPin { get; set; }

    /// <summary>True when the button connects the pin to ground (the internal pull-up is used).</summary>
    public bool TicketButtonActiveLow { get; set; } = true;

    public int TicketButtonDebounceMs { get; set; } = 30;

    /// <summary>Holding the button this long prints the technician test page instead of a ticket.</summary>
    public int TicketButtonLongPressMs { get; set; } = 3000;

    /// <summary>The GPIO that drives the modem's PWRKEY (see <see cref="ModemPowerKeyOptions"/>).</summary>
    public int? ModemPowerKeyPin { get; set; }

    /// <summary>The service letter a ticket-button press takes a number for; the first service when absent.</summary>
    public string? ButtonService { get; set; }

    public ModemPowerKeyOptions ModemPowerKey { get; set; } = new();

    /// <summary>A UPS "power lost" (or "on battery") signal line.</summary>
    public int? PowerLossPin { get; set; }

    /// <summary>The level the power-loss line shows while mains is lost.</summary>
    public LineLevel PowerLossActiveLevel { get; set; } = LineLevel.Low;

    /// <summary>INA219 battery monitor on a UPS HAT; null when there is none.</summary>
    public Ina219Options? Ina219 { get; set; }

    public ShutdownOptions Shutdown { get; set; } = new();

    public RtcOptions Rtc { get; set; } = new();

    /// <summary>True when any peripheral needs a <see cref="System.Device.Gpio.GpioController"/>.</summary>
    /// <summary>Call buttons and number displays wired for counters without a device of their own.</summary>
    public List<Counters.CounterPanelOptions> CounterPanels { get; set; } = [];

    public bool AnyGpioPinConfigured =>
        StatusLedPin is not null || BuzzerPin is not null || TicketButtonPin is not null
        || ModemPowerKeyPin is not null || PowerLossPin is not null || CounterPanels.Any(p => p.Pins.Any());

    /// <summary>True when the buzzer is a passive one on hardware PWM.</summary>
    public bool HasPwmBuzzer => BuzzerPwmChip is not null && BuzzerPwmChannel is not null;
}
