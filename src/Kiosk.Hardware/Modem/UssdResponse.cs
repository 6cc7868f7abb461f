namespace Kiosk.Hardware.Modem;

/// <summary>The network's USSD answer, decoded by its DCS.</summary>
public sealed record UssdResponse(UssdStatus Status, string Text, int DataCodingScheme);
