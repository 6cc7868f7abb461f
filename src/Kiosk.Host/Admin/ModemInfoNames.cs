using Kiosk.Hardware.Modem;

namespace Kiosk.Host.Admin;

/// <summary>The wire names of a modem's registration in <see cref="ModemInfo"/>: a table, never the enum's names.</summary>
public static class ModemInfoNames
{
    public static string Registration(RegistrationStatus status) => status switch
    {
        RegistrationStatus.RegisteredHome or RegistrationStatus.RegisteredSmsOnlyHome => "home",
        RegistrationStatus.RegisteredRoaming or RegistrationStatus.RegisteredSmsOnlyRoaming => "roaming",
        RegistrationStatus.Searching => "searching",
        RegistrationStatus.Denied => "denied",
        RegistrationStatus.NotRegistered => "not-registered",
        _ => "unknown",
    };
}
