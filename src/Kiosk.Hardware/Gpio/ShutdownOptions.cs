namespace Kiosk.Hardware.Gpio;

/// <summary>When to shut the appliance down cleanly after mains is lost.</summary>
public sealed class ShutdownOptions
{
    /// <summary>Shut down after this long on battery (mains back before then cancels it).</summary>
    public TimeSpan AfterOnBattery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Shut down at once, while on battery, when the battery falls below this voltage per cell
    /// (Li-ion: 3.3 V leaves a margin above the 3.0 V cut-off of typical protection boards).
    /// The bus threshold is this times <see cref="Ina219Options.CellsInSeries"/>.
    /// </summary>
    public double BelowCellVolts { get; set; } = 3.3;

    /// <summary>How often the monitor samples the power-loss line and the INA219.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
