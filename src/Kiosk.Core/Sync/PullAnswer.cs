namespace Kiosk.Core.Sync;

/// <summary>What the upstream answered to a pull. A closed hierarchy: switch on the nested records.</summary>
public abstract record PullAnswer
{
    private PullAnswer()
    {
    }

    /// <summary>200: apply <see cref="Updates"/> durably, then store <see cref="Cursor"/>; pull
    /// again at once when <see cref="More"/>.</summary>
    public sealed record Page(IReadOnlyList<StatusUpdate> Updates, string? Cursor, bool More) : PullAnswer;

    /// <summary>400 invalid_cursor: drop the stored cursor and pull from the start.</summary>
    public sealed record InvalidCursor : PullAnswer;
}
