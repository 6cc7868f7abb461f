namespace Kiosk.Hardware.Printer;

/// <summary>
/// What a complaint receipt shows. It deliberately has no field for a NIK, name, phone number or
/// the complaint text: a receipt left on the counter must not disclose them.
/// </summary>
/// <remarks>TrackingCode: Already grouped for reading, e.g. <c>K7M2-9QXD-3</c>.</remarks>
public sealed record ComplaintReceiptPrint(
    string OfficeName,
    string TrackingCode,
    string Category,
    string Village,
    DateTimeOffset ReceivedAtLocal,
    IndonesianTimeZone Zone,
    string SmsNumber);
