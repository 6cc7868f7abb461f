namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>A PDU as hex text with the SMSC prefix, and the TPDU length AT+CMGS and +CMGL count (SMSC excluded).</summary>
public sealed record EncodedPdu(string Hex, int TpduLength)
{
    public override string ToString() => Hex;
}
