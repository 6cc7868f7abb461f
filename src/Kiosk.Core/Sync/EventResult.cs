namespace Kiosk.Core.Sync;

/// <summary>The upstream's answer for one event of a push.</summary>
/// <param name="Id">The event id it answers for.</param>
/// <param name="Outcome">What the upstream did with it.</param>
/// <param name="Reason">The wire reject code (e.g. <c>sequence_gap</c>); null unless rejected.</param>
/// <param name="Detail">A human explanation of a rejection, for the quarantine record.</param>
public sealed record EventResult(Guid Id, EventOutcome Outcome, string? Reason = null, string? Detail = null)
{
    /// <summary>Accepted or duplicate: the event can leave the outbox.</summary>
    public bool IsDelivered => Outcome is EventOutcome.Accepted or EventOutcome.Duplicate;

    /// <summary>The parsed reject reason (<see cref="RejectReason.Other"/> when not rejected or unknown).</summary>
    public RejectReason RejectReason => Outcome != EventOutcome.Rejected ? RejectReason.Other : Reason switch
    {
        RejectReasons.InvalidEvent => RejectReason.InvalidEvent,
        RejectReasons.SequenceConflict => RejectReason.SequenceConflict,
        RejectReasons.SequenceGap => RejectReason.SequenceGap,
        RejectReasons.TooLarge => RejectReason.TooLarge,
        _ => RejectReason.Other,
    };

    /// <summary>Rejected for good: move the event to quarantine with <see cref="Reason"/>.</summary>
    public bool ShouldQuarantine => Outcome == EventOutcome.Rejected && RejectReason != RejectReason.SequenceGap;
}
