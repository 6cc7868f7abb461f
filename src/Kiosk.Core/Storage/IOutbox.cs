namespace Kiosk.Core.Storage;

/// <summary>The read side of the outbox, for the sync worker.</summary>
public interface IOutbox
{
    /// <summary>
    /// Raised after a change that wrote events has committed (a new ticket, a filed complaint), so
    /// the sync worker can deliver it at once instead of at its next period. Handlers must be quick.
    /// </summary>
    event EventHandler? Appended;

    /// <summary>The oldest pending events, in the order they were written (so in order per record).</summary>
    IReadOnlyList<OutboxEvent> Pending(int max);

    /// <summary>Upstream has them (accepted or already known).</summary>
    void MarkSent(IReadOnlyCollection<Guid> eventIds, DateTimeOffset at);

    /// <summary>Upstream refused this one for good; kept with the reason for a technician.</summary>
    void Quarantine(Guid eventId, string reason, DateTimeOffset at);

    OutboxCounts Count();

    /// <summary>True when an earlier event of this record was quarantined: its later events cannot be applied upstream either.</summary>
    bool HasQuarantined(string aggregateType, string aggregateId);

    /// <summary>
    /// The records among <paramref name="events"/>' records that have a quarantined event, found in
    /// one look-up (the per-batch form of <see cref="HasQuarantined"/>).
    /// </summary>
    IReadOnlySet<(string AggregateType, string AggregateId)> WithQuarantined(IReadOnlyCollection<OutboxEvent> events);

    /// <summary>The quarantined events, oldest first.</summary>
    IReadOnlyList<QuarantinedEvent> Quarantined();

    /// <summary>
    /// Puts a quarantined event back in the pending queue, with the events of its record that were
    /// set aside behind it (<see cref="QuarantinedEvent.BlockedReason"/>) and any of its record
    /// still pending, in the record's order. Returns how many quarantined events went back
    /// (0: no quarantined event has that id). One write: call it inside <see cref="IAtomicWrites.Atomically{T}"/>
    /// to make it part of a larger step.
    /// </summary>
    int Requeue(Guid eventId);

    /// <summary>
    /// Gives up a quarantined event: it stays in the store as dropped (never sent) and its record
    /// stays blocked, so later events of it are set aside rather than refused upstream. Returns the
    /// event as it was, or null when no quarantined event has that id.
    /// </summary>
    QuarantinedEvent? Drop(Guid eventId, DateTimeOffset at);
}
