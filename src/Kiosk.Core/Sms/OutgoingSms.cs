namespace Kiosk.Core.Sms;

/// <summary>
/// A message waiting for the modem. <see cref="Id"/> makes queuing idempotent: the same notice
/// (<c>status:K7M2-9QXD-3:4</c>) is queued once however often its cause is seen.
/// </summary>
public sealed record OutgoingSms
{
    public required string Id { get; init; }

    /// <summary>E.164.</summary>
    public required string To { get; init; }

    public required string Text { get; init; }

    public required OutgoingSmsKind Kind { get; init; }

    public required DateTimeOffset QueuedAt { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public string? LastError { get; init; }

    public OutgoingSmsState State { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The modem's message reference, to match a delivery report.</summary>
    public int? MessageReference { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }
}

public enum OutgoingSmsKind
{
    Reply,
    StatusNotice,
    TurnNear,
    Called,
}

public enum OutgoingSmsState
{
    Pending,
    Sent,
    Failed,

    /// <summary>
    /// Handed to the modem (AT+CMGS issued) but its result not yet recorded. Written before the submit, so a
    /// message found in this state after a crash may have gone out: it is never sent again (at most once).
    /// </summary>
    Submitting,
}
