namespace Kiosk.Host.Health;

/// <summary>Collects every component's state; the worst one decides the whole.</summary>
public sealed class HealthReporter
{
    private readonly IEnumerable<IHealthComponent> _components;

    public HealthReporter(IEnumerable<IHealthComponent> components) => _components = components;

    public (HealthState Overall, IReadOnlyDictionary<string, ComponentHealth> Components) Check()
    {
        var results = _components.ToDictionary(c => c.Name, c => c.Check(), StringComparer.Ordinal);
        var overall = results.Values.Select(r => r.State).Where(s => s != HealthState.Disabled).DefaultIfEmpty(HealthState.Ok).Max();
        return (overall, results);
    }
}
