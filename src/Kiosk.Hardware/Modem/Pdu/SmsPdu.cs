namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>A decoded PDU: SMS-DELIVER, SMS-SUBMIT or SMS-STATUS-REPORT.</summary>
public abstract record SmsPdu
{
    /// <summary>The SMSC prefix, or null when it was empty ("00": the modem's default SMSC).</summary>
    public SmsAddress? ServiceCentre { get; init; }
}
