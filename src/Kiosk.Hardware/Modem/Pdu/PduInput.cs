namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>Which input a <see cref="PduFormatException"/> is about.</summary>
public enum PduInput
{
    /// <summary>A PDU received from the modem (or given to the decoder).</summary>
    Pdu,

    /// <summary>A phone number or alphanumeric sender to encode.</summary>
    Address,

    /// <summary>A message text to encode.</summary>
    Text,

    /// <summary>A USSD code to encode.</summary>
    Ussd,
}
