namespace Kiosk.Core.Sync;

/// <summary>The typed answer to a pull. A closed hierarchy: switch on the nested records.</summary>
public abstract record PullOutcome
{
    private PullOutcome()
    {
    }

    /// <summary>200: apply <see cref="Updates"/> durably, then store <see cref="Cursor"/>; pull
    /// again at once when <see cref="More"/>.</summary>
    public sealed record Ok(IReadOnlyList<StatusUpdate> Updates, string? Cursor, bool More) : PullOutcome;

    /// <summary>400 invalid_cursor: drop the stored cursor and pull from the start.</summary>
    public sealed record InvalidCursor : PullOutcome;

    /// <summary>408, 429, 5xx, timeout, network failure, unreadable 200: retry after backoff.</summary>
    public sealed record RetryLater(RetryReason Reason, TimeSpan? RetryAfter, int? StatusCode = null) : PullOutcome;

    /// <summary>401/403/404: stop syncing, raise a fault.</summary>
    public sealed record Unauthorized(AuthFailure Failure) : PullOutcome;

    /// <summary>Any other status (including another 400): raise a fault, long pause.</summary>
    public sealed record Unexpected(int StatusCode, string? Error) : PullOutcome;
}
