namespace Kiosk.Host.Health;

/// <summary>One part of the kiosk that reports its state to <c>/healthz</c> (store, printer, modem, sync...).</summary>
public interface IHealthComponent
{
    string Name { get; }

    ComponentHealth Check();
}

public enum HealthState
{
    Ok,
    Degraded,
    Failed,
    Disabled,
}

/// <summary>
/// A component's state and a short detail for technicians (never personal data). A failure that a
/// restart cannot cure (a full disk) sets <paramref name="RestartHelps"/> false, so the systemd
/// watchdog does not turn a waiting state into a restart loop.
/// </summary>
public sealed record ComponentHealth(HealthState State, string? Detail = null, IReadOnlyDictionary<string, object?>? Data = null, bool RestartHelps = true);
