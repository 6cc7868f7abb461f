namespace Kiosk.Core.Queue;

/// <summary>
/// Who acts on the queue from a counter (loket): its name, as tickets and the display show it, and
/// the service codes it serves. Every staff action is checked against these services.
/// </summary>
public sealed record CounterSeat(string Name, IReadOnlyList<string> Services)
{
    public bool Serves(string service) => Services.Contains(service, StringComparer.OrdinalIgnoreCase);
}

/// <summary>What a call did: the counter's previous ticket closed as served (if any) and the ticket now called (if any).</summary>
public sealed record CallOutcome(Ticket? Closed, Ticket? Called);

/// <summary>A waiting ticket as a counter sees it: in the order this counter would call, with minutes waited.</summary>
public sealed record WaitingTicket(Ticket Ticket, int WaitedMinutes);

/// <summary>A counter's day so far: tickets called, served and not present, and the mean service time of those served.</summary>
public sealed record CounterStats(int Called, int Served, int NoShow, double? MeanServiceMinutes);
