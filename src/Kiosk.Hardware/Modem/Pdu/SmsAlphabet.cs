namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>The character set of TP-UD as the DCS declares it (TS 23.038 §4).</summary>
public enum SmsAlphabet
{
    Gsm7,
    EightBit,
    Ucs2,
}
