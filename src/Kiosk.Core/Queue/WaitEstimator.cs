namespace Kiosk.Core.Queue;

/// <summary>
/// Minutes one person takes at the counter today: the mean of the last served tickets of the
/// service, or the configured minutes until there are enough of them.
/// </summary>
public static class WaitEstimator
{
    /// <summary>Served tickets looked at (the most recent ones).</summary>
    public const int Window = 10;

    /// <summary>Below this many served tickets today the configured minutes are used.</summary>
    public const int MinimumSamples = 3;

    public static double MinutesPerPerson(IEnumerable<Ticket> todaysTickets, string service, int defaultMinutes)
    {
        ArgumentNullException.ThrowIfNull(todaysTickets);
        var durations = todaysTickets
            .Where(t => t.Service == service && t.State == TicketState.Served && t.CalledAt is not null && t.FinishedAt is not null)
            .OrderByDescending(t => t.FinishedAt)
            .Take(Window)
            .Select(t => (t.FinishedAt!.Value - t.CalledAt!.Value).TotalMinutes)
            .Where(minutes => minutes >= 0)
            .ToList();
        return durations.Count < MinimumSamples ? defaultMinutes : durations.Average();
    }

    /// <summary>Whole minutes to wait behind <paramref name="peopleAhead"/>, rounded up.</summary>
    public static int EstimateMinutes(int peopleAhead, double minutesPerPerson) =>
        peopleAhead <= 0 ? 0 : (int)Math.Ceiling(peopleAhead * minutesPerPerson);
}
