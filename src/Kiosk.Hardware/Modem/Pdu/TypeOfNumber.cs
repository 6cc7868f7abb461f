namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>Type of number, bits 6..4 of the type-of-address octet (TS 23.040 §9.1.2.5).</summary>
public enum TypeOfNumber : byte
{
    Unknown = 0,
    International = 1,
    National = 2,
    NetworkSpecific = 3,
    Subscriber = 4,
    Alphanumeric = 5,
    Abbreviated = 6,
    Reserved = 7,
}
