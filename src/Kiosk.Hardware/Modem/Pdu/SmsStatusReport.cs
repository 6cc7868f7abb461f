namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>SMS-STATUS-REPORT (TS 23.040 §9.2.2.3): what became of a message we sent with a report request.</summary>
public sealed record SmsStatusReport(
    byte MessageReference,
    SmsAddress Recipient,
    DateTimeOffset ServiceCentreTimestamp,
    DateTimeOffset DischargeTime,
    DeliveryStatus Status) : SmsPdu
{
    /// <summary>The message reached the recipient (0x00–0x1F).</summary>
    public bool IsDelivered => (byte)Status < 0x20;

    /// <summary>The service centre has stopped trying (delivered, or failed for good).</summary>
    public bool IsFinal => (byte)Status < 0x20 || (byte)Status >= 0x40;
}
