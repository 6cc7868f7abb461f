namespace Kiosk.Hardware.Modem;

/// <summary>Network registration, the &lt;stat&gt; of +CREG (TS 27.007 §7.2).</summary>
public enum RegistrationStatus
{
    NotRegistered = 0,
    RegisteredHome = 1,
    Searching = 2,
    Denied = 3,
    Unknown = 4,
    RegisteredRoaming = 5,
    RegisteredSmsOnlyHome = 6,
    RegisteredSmsOnlyRoaming = 7,
}
