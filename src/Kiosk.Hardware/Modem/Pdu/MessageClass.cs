namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>Message class from the DCS (TS 23.038 §4).</summary>
public enum MessageClass
{
    /// <summary>Flash SMS: shown at once, not stored.</summary>
    Class0 = 0,

    /// <summary>Mobile-equipment specific.</summary>
    Class1 = 1,

    /// <summary>SIM specific.</summary>
    Class2 = 2,

    /// <summary>Terminal-equipment specific.</summary>
    Class3 = 3,
}
