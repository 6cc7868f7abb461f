using Kiosk.Core.Queue;

namespace Kiosk.Core.Storage;

/// <summary>Where tickets live. Every write stores the ticket and its outbox event together or not at all.</summary>
public interface ITicketStore
{
    /// <summary>
    /// Takes the next number of <paramref name="service"/> on <paramref name="day"/> and stores the
    /// ticket built for it with its event, in one transaction: a number is never handed out twice,
    /// also across restarts. The number is above both the day's stored tickets and <paramref name="floor"/>
    /// (the last number known to have been issued, kept outside the store).
    /// </summary>
    Ticket Issue(DateOnly day, string service, int floor, Func<int, Ticket> create, Func<Ticket, OutboxEvent> toEvent);

    /// <summary>Stores a changed ticket with its event, in one transaction.</summary>
    void Save(Ticket ticket, OutboxEvent change);

    /// <summary>
    /// Runs a change of the queue as one store transaction, joining the caller's one when it is
    /// inside an <see cref="IAtomicWrites.Atomically{T}"/> step. The queue takes its own lock inside
    /// it, so every path takes the store's write gate before the queue's lock.
    /// </summary>
    T InTransaction<T>(Func<T> change);

    /// <summary>Runs <paramref name="action"/> once the transaction in progress has committed (at once outside one), never after a rollback.</summary>
    void WhenCommitted(Action action);

    Ticket? Find(DateOnly day, string code);

    /// <summary>Every ticket of a day, in issue order.</summary>
    IReadOnlyList<Ticket> ListDay(DateOnly day);
}
