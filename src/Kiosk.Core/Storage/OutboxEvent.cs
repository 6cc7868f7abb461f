namespace Kiosk.Core.Storage;

/// <summary>
/// A change to a record, waiting to be pushed upstream. Written in the same transaction as the
/// record itself; <see cref="Sequence"/> is the record's version, so upstream can keep per-record order.
/// </summary>
public sealed record OutboxEvent(
    Guid Id,
    string Type,
    string AggregateType,
    string AggregateId,
    long Sequence,
    DateTimeOffset OccurredAt,
    string PayloadJson);
