namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>What the power-loss logic concluded from the latest sample.</summary>
/// <param name="State">Mains, on battery, or critical.</param>
/// <param name="OnBatterySince">When mains was first seen lost (null on mains).</param>
/// <param name="ShutdownDeadline">When the shutdown falls due if mains stays away (null on mains).</param>
/// <param name="BatteryVolts">The last battery (bus) voltage, when an INA219 is fitted.</param>
/// <param name="Shutdown">Set when the appliance must shut down now.</param>
public sealed record PowerStatus(
    PowerState State,
    DateTimeOffset? OnBatterySince,
    DateTimeOffset? ShutdownDeadline,
    double? BatteryVolts,
    ShutdownReason? Shutdown)
{
    public static PowerStatus Mains { get; } = new(PowerState.Mains, null, null, null, null);
}
