namespace Kiosk.Core.Queue;

/// <summary>
/// The last number issued per service on the latest local day, and the latest clock reading used,
/// kept outside the store: the queue never issues at or below it, and never numbers or orders by a
/// time earlier than the mark (a clock set back, a store restored from a backup of the same day).
/// </summary>
public interface INumberingFloor
{
    /// <summary>The latest time a ticket was issued at, or null before the first.</summary>
    DateTimeOffset? ClockMark { get; }

    /// <summary>The last number of <paramref name="service"/> on <paramref name="day"/>, 0 if none is known.</summary>
    int Last(DateOnly day, string service);

    /// <summary>Records an issued number durably; returns only once it is on disk.</summary>
    void Record(DateOnly day, string service, int number, DateTimeOffset at);
}
