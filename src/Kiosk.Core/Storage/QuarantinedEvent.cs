namespace Kiosk.Core.Storage;

/// <summary>
/// An outbox event upstream refused for good, kept for a technician (<c>kiosk sync quarantine</c>).
/// </summary>
/// <param name="Id">The event id (what <c>retry</c> and <c>drop</c> take).</param>
/// <param name="Type">The event type, e.g. <c>complaint.created</c>.</param>
/// <param name="AggregateType">ticket or complaint.</param>
/// <param name="AggregateId">The record: a ticket's day/code or a complaint's tracking code.</param>
/// <param name="Sequence">The record's version the event carries.</param>
/// <param name="QuarantinedAt">When it was set aside (the latest time, after a retry).</param>
/// <param name="Reason">Upstream's reason, or that an earlier event of the record was quarantined.</param>
/// <param name="Attempts">How many times upstream refused it (a retry that fails again adds one).</param>
public sealed record QuarantinedEvent(
    Guid Id,
    string Type,
    string AggregateType,
    string AggregateId,
    long Sequence,
    DateTimeOffset QuarantinedAt,
    string Reason,
    int Attempts)
{
    /// <summary>The reason of an event set aside because an earlier event of its record was quarantined.</summary>
    public const string BlockedReason = "blocked: an earlier event of this record was quarantined";
}
