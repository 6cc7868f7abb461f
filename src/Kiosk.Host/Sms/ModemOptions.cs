using Kiosk.Hardware.Modem;

namespace Kiosk.Host.Sms;

/// <summary><c>Kiosk:Modem</c>: which modem, and how often to look after it.</summary>
public sealed class ModemOptions
{
    public const string SectionName = "Kiosk:Modem";

    /// <summary><c>simulated</c> (the embedded default: an emulator on a pseudo-terminal), <c>serial</c>, or <c>none</c>.</summary>
    public string Transport { get; set; } = "simulated";

    /// <summary>The serial device, e.g. <c>/dev/kiosk-modem</c> (udev name), <c>/dev/ttyUSB2</c>, <c>/dev/serial0</c>.</summary>
    public string? Device { get; set; }

    public int BaudRate { get; set; } = 115200;

    public ModemFamily Family { get; set; } = ModemFamily.Generic;

    public string? Pin { get; set; }

    /// <summary>How often AT+CMGL looks for messages a missed +CMTI left behind.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often signal and registration are read for /healthz.</summary>
    public TimeSpan SignalInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the parts of a long message are awaited before it is handled with gaps.</summary>
    public TimeSpan PartTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The operator's balance code (Telkomsel, Indosat and XL: <c>*888#</c>), run by
    /// <c>kiosk modem info</c> to show the credit; unset: no USSD is sent.
    /// </summary>
    public string? BalanceUssd { get; set; }

    /// <summary>Attempts to send one message before it is given up (with backoff between).</summary>
    public int MaxSendAttempts { get; set; } = 6;

    public bool IsEnabled => !string.Equals(Transport, "none", StringComparison.OrdinalIgnoreCase);

    public bool IsSimulated => string.Equals(Transport, "simulated", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every bad value, with its key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Transport.ToLowerInvariant() is not ("simulated" or "serial" or "none"))
        {
            problems.Add($"{SectionName}:Transport: '{Transport}' is not one of simulated, serial, none.");
        }

        if (string.Equals(Transport, "serial", StringComparison.OrdinalIgnoreCase) && (string.IsNullOrWhiteSpace(Device) || !Path.IsPathFullyQualified(Device)))
        {
            problems.Add($"{SectionName}:Device: an absolute device path such as /dev/kiosk-modem is required for the serial transport.");
        }

        if (BaudRate is not (9600 or 19200 or 38400 or 57600 or 115200 or 230400 or 460800 or 921600))
        {
            problems.Add($"{SectionName}:BaudRate: {BaudRate} is not a standard rate.");
        }

        if (!Enum.IsDefined(Family))
        {
            problems.Add($"{SectionName}:Family: '{Family}' is not one of {string.Join(", ", Enum.GetNames<ModemFamily>())}.");
        }

        if (Pin is { Length: > 0 } pin && (pin.Length is < 4 or > 8 || !pin.All(char.IsAsciiDigit)))
        {
            problems.Add($"{SectionName}:Pin: a SIM PIN is 4 to 8 digits.");
        }

        if (SweepInterval < TimeSpan.FromSeconds(10) || SignalInterval < TimeSpan.FromSeconds(5) || PartTimeout < TimeSpan.FromMinutes(1))
        {
            problems.Add($"{SectionName}: SweepInterval must be at least 10 s, SignalInterval 5 s, PartTimeout 1 min.");
        }

        if (BalanceUssd is { Length: > 0 } ussd && !IsUssdCode(ussd))
        {
            problems.Add($"{SectionName}:BalanceUssd: '{ussd}' is not a USSD code such as *888# (digits, * and #, starting with * or #, ending with #).");
        }

        if (MaxSendAttempts is < 1 or > 20)
        {
            problems.Add($"{SectionName}:MaxSendAttempts: {MaxSendAttempts} is not between 1 and 20.");
        }

        return problems;
    }

    /// <summary><c>*888#</c>, <c>*123*1#</c>, <c>#100#</c>: what a network takes as a USSD request.</summary>
    public static bool IsUssdCode(string code) =>
        code.Length is >= 3 and <= 32 && code[0] is '*' or '#' && code[^1] == '#' && code.All(c => char.IsAsciiDigit(c) || c is '*' or '#');
}
