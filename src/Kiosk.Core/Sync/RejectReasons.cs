namespace Kiosk.Core.Sync;

/// <summary>The reject codes as they appear on the wire.</summary>
public static class RejectReasons
{
    public const string InvalidEvent = "invalid_event";
    public const string SequenceConflict = "sequence_conflict";
    public const string SequenceGap = "sequence_gap";
    public const string TooLarge = "too_large";
}
