namespace Kiosk.Core.Queue;

/// <summary>
/// Who is called next: the oldest priority ticket goes first, but never more than
/// <c>maxPriorityInARow</c> priority tickets in a row while regular ones wait; otherwise first come,
/// first served.
/// </summary>
public static class CallingOrder
{
    /// <summary>The next ticket among <paramref name="waiting"/>, or null when nobody waits.</summary>
    /// <param name="waiting">Waiting tickets in any order.</param>
    /// <param name="priorityStreak">How many priority tickets were called in a row just before.</param>
    /// <param name="maxPriorityInARow">The configured limit (default 2).</param>
    public static Ticket? PickNext(IReadOnlyCollection<Ticket> waiting, int priorityStreak, int maxPriorityInARow)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        Ticket? oldestPriority = null;
        Ticket? oldestRegular = null;
        foreach (var ticket in waiting)
        {
            if (ticket.IsPriority)
            {
                oldestPriority = Older(oldestPriority, ticket);
            }
            else
            {
                oldestRegular = Older(oldestRegular, ticket);
            }
        }

        if (oldestPriority is null)
        {
            return oldestRegular;
        }

        if (oldestRegular is not null && priorityStreak >= maxPriorityInARow)
        {
            return oldestRegular;
        }

        return oldestPriority;
    }

    /// <summary>The order in which all of <paramref name="waiting"/> would be called from now on.</summary>
    public static IReadOnlyList<Ticket> Sequence(IReadOnlyCollection<Ticket> waiting, int priorityStreak, int maxPriorityInARow)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        var left = new List<Ticket>(waiting);
        var order = new List<Ticket>(left.Count);
        var streak = priorityStreak;
        while (PickNext(left, streak, maxPriorityInARow) is { } next)
        {
            order.Add(next);
            left.Remove(next);
            streak = next.IsPriority ? streak + 1 : 0;
        }

        return order;
    }

    /// <summary>Priority tickets called in a row at the end of <paramref name="calledInOrder"/>.</summary>
    public static int StreakOf(IEnumerable<Ticket> calledInOrder)
    {
        ArgumentNullException.ThrowIfNull(calledInOrder);
        var streak = 0;
        foreach (var ticket in calledInOrder)
        {
            streak = ticket.IsPriority ? streak + 1 : 0;
        }

        return streak;
    }

    private static Ticket Older(Ticket? current, Ticket candidate) =>
        current is null || (candidate.IssuedAt, candidate.Number).CompareTo((current.IssuedAt, current.Number)) < 0 ? candidate : current;
}
