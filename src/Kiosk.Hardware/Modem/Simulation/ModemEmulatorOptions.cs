namespace Kiosk.Hardware.Modem.Simulation;

/// <summary>What the simulated modem is like.</summary>
public sealed record ModemEmulatorOptions
{
    /// <summary>Quirks: SIM800 echoes until ATE0; Huawei sends ^RSSI/^BOOT noise until AT^CURC=0 and packs USSD.</summary>
    public ModemFamily Family { get; init; } = ModemFamily.Generic;

    /// <summary>The first this-many SIM commands after start (or reset) answer <c>+CME ERROR: 14</c>.</summary>
    public int SimBusyCommands { get; init; }

    /// <summary>When set, the SIM asks for this PIN.</summary>
    public string? Pin { get; init; }

    public string OperatorName { get; init; } = "TELKOMSEL";

    /// <summary>How the module and SIM answer the identity commands; null: the family's preset (<see cref="SimulatedIdentity.For"/>).</summary>
    public SimulatedIdentity? Identity { get; init; }

    public string ServiceCentre { get; init; } = "+6281100000";

    /// <summary>+CSQ rssi (0–31, 99 unknown).</summary>
    public int Rssi { get; init; } = 20;

    public RegistrationStatus Registration { get; init; } = RegistrationStatus.RegisteredHome;

    public int Slots { get; init; } = 30;

    /// <summary>The network's answer to a USSD code.</summary>
    public Func<string, string> UssdAnswer { get; init; } = code => code == "*888#"
        ? "Sisa pulsa Anda Rp 12.345. Masa aktif s/d 31-12-2026."
        : "Kode USSD tidak dikenal.";

    /// <summary>Seed of the Huawei noise, so a test run can be repeated.</summary>
    public int NoiseSeed { get; init; } = 173;
}
