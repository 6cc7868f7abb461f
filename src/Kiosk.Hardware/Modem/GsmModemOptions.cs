namespace Kiosk.Hardware.Modem;

/// <summary>How the modem is driven.</summary>
public sealed record GsmModemOptions
{
    public ModemFamily Family { get; init; } = ModemFamily.Generic;

    /// <summary>The SIM PIN, entered when AT+CPIN? says SIM PIN; null when the SIM has none.</summary>
    public string? Pin { get; init; }

    /// <summary>Message storage for reading, writing and receiving: "SM" (SIM) or "ME" (modem).</summary>
    public string Storage { get; init; } = "SM";

    /// <summary>Retries of a command the modem refuses as busy (CME 14/515, CMS 314/515).</summary>
    public int BusyRetryAttempts { get; init; } = 6;

    /// <summary>First backoff delay; it doubles on each retry.</summary>
    public TimeSpan BusyRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait for the +CUSD answer after AT+CUSD.</summary>
    public TimeSpan UssdTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Send the USSD string as packed GSM-7 hex (Huawei) instead of text. Defaults by <see cref="Family"/>.</summary>
    public bool? UssdPackedRequest { get; init; }

    internal bool PackUssd => UssdPackedRequest ?? Family == ModemFamily.Huawei;
}
