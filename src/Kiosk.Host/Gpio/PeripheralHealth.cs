using Kiosk.Host.Health;

namespace Kiosk.Host.Gpio;

/// <summary>
/// One configured board peripheral in /healthz (and so one line of <c>kiosk doctor</c>): present
/// when its device opened, failed when it is configured but did not.
/// </summary>
public sealed class PeripheralHealth : IHealthComponent
{
    private readonly Func<bool> _opened;
    private readonly string _wiring;

    public PeripheralHealth(string name, string wiring, Func<bool> opened)
    {
        Name = name;
        _wiring = wiring;
        _opened = opened;
    }

    public string Name { get; }

    public ComponentHealth Check() =>
        _opened()
            ? new ComponentHealth(HealthState.Ok, _wiring)
            : new ComponentHealth(HealthState.Degraded, $"{_wiring}: configured but not opened; check the wiring and docs/hardware.md.");
}
