namespace Kiosk.Hardware.Modem;

/// <summary>
/// Who the modem and its SIM are. Each part is null when the modem does not know the command or
/// answers something that is not a well-formed value. <see cref="Imsi"/> and <see cref="Iccid"/>
/// identify the subscriber: show them to the technician, never log them.
/// </summary>
/// <param name="Manufacturer">AT+CGMI.</param>
/// <param name="Model">AT+CGMM.</param>
/// <param name="Firmware">AT+CGMR, without SIMCom's <c>Revision:</c> or a <c>+CGMR:</c> prefix.</param>
/// <param name="Imei">AT+CGSN: 15 digits (14 to 17 accepted).</param>
/// <param name="Imsi">AT+CIMI: up to 15 digits.</param>
/// <param name="Iccid">AT+CCID, AT+QCCID (Quectel), AT+CICCID (SIM7600) or AT^ICCID? (Huawei): 18 to 22 digits.</param>
public sealed record ModemIdentity(
    string? Manufacturer,
    string? Model,
    string? Firmware,
    string? Imei,
    string? Imsi,
    string? Iccid);
