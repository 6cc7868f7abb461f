namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>Numbering plan, bits 3..0 of the type-of-address octet (TS 23.040 §9.1.2.5).</summary>
public enum NumberingPlan : byte
{
    Unknown = 0,
    Isdn = 1,
    Data = 3,
    Telex = 4,
    ServiceCentreSpecific = 5,
    ServiceCentreSpecific2 = 6,
    National = 8,
    Private = 9,
    Ermes = 10,
    Reserved = 15,
}
