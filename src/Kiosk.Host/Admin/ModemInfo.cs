namespace Kiosk.Host.Admin;

/// <summary>
/// The modem as <c>kiosk modem info</c> shows it. <see cref="Imsi"/> and <see cref="Iccid"/> are
/// the technician's to see (on the admin socket only) and are never logged.
/// </summary>
/// <param name="Port">The serial device in use, e.g. /dev/kiosk-modem, or "simulated".</param>
/// <param name="Manufacturer">AT+CGMI.</param>
/// <param name="Model">AT+CGMM.</param>
/// <param name="Firmware">AT+CGMR.</param>
/// <param name="Imei">AT+CGSN.</param>
/// <param name="Imsi">AT+CIMI: the subscriber's identity on the SIM.</param>
/// <param name="Iccid">The SIM card's serial number, as printed on the card.</param>
/// <param name="SimReady">True when AT+CPIN? answers READY.</param>
/// <param name="Operator">Registered network name (AT+COPS?), or null when not registered.</param>
/// <param name="Registration">home, roaming, searching, denied, not-registered, unknown (<see cref="ModemInfoNames"/>).</param>
/// <param name="ServiceCentre">The SMS centre's number (AT+CSCA?).</param>
/// <param name="SignalDbm">Signal from AT+CSQ in dBm, or null when unknown (CSQ 99).</param>
/// <param name="SignalBars">0 to 5, as a phone shows them.</param>
/// <param name="CreditCode">The balance USSD code run (Kiosk:Modem:BalanceUssd), or null when none is configured.</param>
/// <param name="Credit">The network's answer to <paramref name="CreditCode"/>.</param>
/// <param name="CreditError">Why the balance could not be read, when it could not.</param>
public sealed record ModemInfo(
    string Port,
    string? Manufacturer,
    string? Model,
    string? Firmware,
    string? Imei,
    string? Imsi,
    string? Iccid,
    bool SimReady,
    string? Operator,
    string Registration,
    string? ServiceCentre,
    int? SignalDbm,
    int SignalBars,
    string? CreditCode = null,
    string? Credit = null,
    string? CreditError = null);
