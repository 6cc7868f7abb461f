namespace Kiosk.Upstream;

// LiteDB documents. Times are kept as ISO-8601 strings: LiteDB would otherwise truncate them and
// read them back as local time.

/// <summary>An accepted event; <see cref="Id"/> is the arrival order.</summary>
public sealed class StoredEvent
{
    public int Id { get; set; }

    public Guid EventId { get; set; }

    public string DeviceId { get; set; } = "";

    public string Type { get; set; } = "";

    public string AggregateType { get; set; } = "";

    public string AggregateId { get; set; } = "";

    public long Sequence { get; set; }

    public string OccurredAt { get; set; } = "";

    public string PayloadJson { get; set; } = "{}";

    public string ReceivedAt { get; set; } = "";
}

/// <summary>The last stored sequence of one aggregate of one device.</summary>
public sealed class StoredAggregate
{
    /// <summary>deviceId, aggregateType and aggregateId joined by a newline.</summary>
    public string Id { get; set; } = "";

    public long LastSequence { get; set; }
}

/// <summary>A complaint learnt from a complaint.created event; <see cref="Id"/> is the upper-case tracking code.</summary>
public sealed class StoredComplaint
{
    public string Id { get; set; } = "";

    /// <summary>The tracking code as the device sent it.</summary>
    public string TrackingCode { get; set; } = "";

    public string DeviceId { get; set; } = "";

    public string Status { get; set; } = "";
}

/// <summary>A status update for pull; <see cref="Id"/> is the position the cursor points at.</summary>
public sealed class StoredUpdate
{
    public int Id { get; set; }

    public string DeviceId { get; set; } = "";

    public string TrackingCode { get; set; } = "";

    public string Status { get; set; } = "";

    public string At { get; set; } = "";

    public string? Note { get; set; }
}

/// <summary>A registered device.</summary>
public sealed class StoredDevice
{
    public string Id { get; set; } = "";

    public string Token { get; set; } = "";

    public bool Revoked { get; set; }
}

/// <summary>The last heartbeat of a device.</summary>
public sealed class StoredHeartbeat
{
    public string Id { get; set; } = "";

    public string ReceivedAt { get; set; } = "";

    public string Json { get; set; } = "{}";
}
