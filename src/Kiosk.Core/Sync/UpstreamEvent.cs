using System.Text.Json;

namespace Kiosk.Core.Sync;

/// <summary>
/// One outbox event on the wire. <see cref="Sequence"/> runs 1, 2, 3... per
/// (<see cref="AggregateType"/>, <see cref="AggregateId"/>); for complaints the aggregate id is the
/// tracking code. <see cref="Payload"/> must be a JSON object.
/// </summary>
public sealed record UpstreamEvent(
    Guid Id,
    string Type,
    string AggregateType,
    string AggregateId,
    long Sequence,
    DateTimeOffset OccurredAt,
    JsonElement Payload);
