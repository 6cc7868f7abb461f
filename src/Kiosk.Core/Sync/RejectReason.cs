namespace Kiosk.Core.Sync;

/// <summary>The reject reasons of docs/sync-protocol.md, parsed from the wire code.</summary>
public enum RejectReason
{
    /// <summary>A code this device does not know: quarantine.</summary>
    Other,

    /// <summary><c>invalid_event</c>: a field is missing or malformed; quarantine.</summary>
    InvalidEvent,

    /// <summary><c>sequence_conflict</c>: another event holds this sequence; quarantine.</summary>
    SequenceConflict,

    /// <summary><c>sequence_gap</c>: the predecessor is not stored yet; keep pending and re-send.</summary>
    SequenceGap,

    /// <summary><c>too_large</c>: set by the worker when one event alone gets 413; quarantine.</summary>
    TooLarge,
}
