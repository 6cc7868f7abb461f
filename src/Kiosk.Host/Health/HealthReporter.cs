namespace Kiosk.Host.Health;

/// <summary>Collects every component's state; the worst one decides the whole.</summary>
public sealed class HealthReporter
{
    private readonly IEnumerable<IHealthComponent> _components;

    public HealthReporter(IEnumerable<IHealthComponent> components) => _components = components;

    public (HealthState Overall, IReadOnlyDictionary<string, ComponentHealth> Components) Check()
    {
        // One entry per name; a later registration of the same name replaces the earlier one.
        var results = new Dictionary<string, ComponentHealth>(StringComparer.Ordinal);
        foreach (var component in _components.GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.Last()))
        {
            results[component.Name] = component.Check();
        }

        var overall = results.Values.Select(r => r.State).Where(s => s != HealthState.Disabled).DefaultIfEmpty(HealthState.Ok).Max();
        return (overall, results);
    }
}
