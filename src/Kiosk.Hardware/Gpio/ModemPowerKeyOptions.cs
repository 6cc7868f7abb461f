namespace Kiosk.Hardware.Gpio;

/// <summary>
/// PWRKEY wiring and timings. Unset timings take the module's datasheet values
/// (<see cref="PowerKey.ModemPowerKeyTimings.For"/>); set them to override.
/// </summary>
public sealed class ModemPowerKeyOptions
{
    public ModemModule Module { get; set; } = ModemModule.Sim800;

    /// <summary>
    /// The GPIO level that pulls PWRKEY low. Most HATs drive PWRKEY through an NPN transistor,
    /// so a high GPIO pulls the key low: <see cref="LineLevel.High"/> is the default.
    /// </summary>
    public LineLevel AssertLevel { get; set; } = LineLevel.High;

    public int? OnPulseMs { get; set; }

    public int? OffPulseMs { get; set; }

    /// <summary>Wait between the off pulse and the on pulse of a power cycle.</summary>
    public int? OffToOnDelayMs { get; set; }
}
