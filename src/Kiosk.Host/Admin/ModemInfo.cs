namespace Kiosk.Host.Admin;

/// <summary>The modem as <c>kiosk modem info</c> shows it.</summary>
/// <param name="Port">The serial device in use, e.g. /dev/kiosk-modem.</param>
/// <param name="Model">Manufacturer and model (AT+CGMI / AT+CGMM).</param>
/// <param name="Imei">AT+CGSN.</param>
/// <param name="Operator">Registered network name (AT+COPS?), or null when not registered.</param>
/// <param name="Registration">home, roaming, searching, denied, unknown.</param>
/// <param name="SignalDbm">Signal from AT+CSQ in dBm, or null when unknown (CSQ 99).</param>
/// <param name="SimReady">True when AT+CPIN? answers READY.</param>
public sealed record ModemInfo(
    string Port,
    string? Model,
    string? Imei,
    string? Operator,
    string Registration,
    int? SignalDbm,
    bool SimReady);
