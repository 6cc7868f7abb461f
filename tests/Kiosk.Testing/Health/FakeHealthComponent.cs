using Kiosk.Host.Health;

namespace Kiosk.Testing;

/// <summary>A /healthz component that answers what the test sets.</summary>
public sealed class FakeHealthComponent(string name, HealthState state, string? detail = null) : IHealthComponent
{
    public string Name => name;

    public HealthState State { get; set; } = state;

    public string? Detail { get; set; } = detail;

    public ComponentHealth Check() => new(State, Detail);
}
