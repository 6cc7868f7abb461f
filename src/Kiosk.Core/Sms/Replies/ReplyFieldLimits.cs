namespace Kiosk.Core.Sms.Replies;

/// <summary>
/// The longest value each reply field shows; longer values are cut so every fixed reply fits one GSM-7
/// segment. Tests fill every reply with these lengths.
/// </summary>
public static class ReplyFieldLimits
{
    /// <summary>One SMS segment in the GSM-7 default alphabet.</summary>
    public const int SegmentLength = 160;

    /// <summary>An office name such as "Kec. Sukamakmur Jaya".</summary>
    public const int OfficeName = 24;

    /// <summary>A service name such as "Akta Kelahiran".</summary>
    public const int ServiceName = 20;

    /// <summary>Letters and digits of a tracking code shown (grouped by four, so up to 14 characters).</summary>
    public const int CodeSymbols = 12;

    /// <summary>A mistyped code quoted as the citizen typed it (<c>K7M2-9QXD-3</c> is 11).</summary>
    public const int TypedCode = 16;

    /// <summary>A ticket code such as <c>A-017</c>, with room for one more character.</summary>
    public const int TicketCode = 6;

    /// <summary>Counts (people ahead, lengths) above this are shown as this number and a plus sign.</summary>
    public const int Count = 999;

    /// <summary>Waits above this are shown as "more than 10 hours".</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromHours(10);

    /// <summary>A public note is cut to what is left of the segment, but never shown shorter than this.</summary>
    public const int MinNote = 8;
}
