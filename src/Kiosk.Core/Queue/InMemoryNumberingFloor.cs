namespace Kiosk.Core.Queue;

/// <summary>A floor that lives as long as the process (tests of logic, an in-memory store).</summary>
public sealed class InMemoryNumberingFloor : INumberingFloor
{
    private readonly Dictionary<(DateOnly Day, string Service), int> _last = [];

    public DateTimeOffset? ClockMark { get; private set; }

    public int Last(DateOnly day, string service) => _last.GetValueOrDefault((day, service));

    public void Record(DateOnly day, string service, int number, DateTimeOffset at)
    {
        _last[(day, service)] = Math.Max(number, Last(day, service));
        ClockMark = ClockMark is { } mark && mark > at ? mark : at;
    }
}
