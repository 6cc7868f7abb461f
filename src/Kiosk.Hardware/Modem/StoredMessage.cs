using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Hardware.Modem;

/// <summary>
/// A message in modem storage. When its PDU cannot be decoded, <see cref="Message"/> is null and
/// <see cref="Error"/> says why; the hex is kept so the bad PDU can be stored for inspection.
/// </summary>
public sealed record StoredMessage(string Storage, int Index, StoredMessageStatus Status, string Pdu, SmsPdu? Message, PduFormatException? Error);
