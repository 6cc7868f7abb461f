namespace Kiosk.Core.Sync;

/// <summary>
/// The typed answer to any upstream call (docs/sync-protocol.md, "What each answer means to the
/// device"): the call's own <typeparamref name="TAnswer"/> (<see cref="PushAnswer"/>,
/// <see cref="PullAnswer"/>, <see cref="HeartbeatReceipt"/>), or one of the failures every call can
/// meet, declared once here. A closed hierarchy: switch on the nested records.
/// </summary>
public abstract record UpstreamOutcome<TAnswer>
    where TAnswer : notnull
{
    private UpstreamOutcome()
    {
    }

    /// <summary>The upstream answered as the contract says; what it said is <see cref="Answer"/>.</summary>
    public sealed record Answered(TAnswer Answer) : UpstreamOutcome<TAnswer>;

    /// <summary>408, 429, 5xx, timeout, network failure, unreadable 200: try again after backoff,
    /// at least <see cref="RetryAfter"/> when given (a heartbeat just waits for the next one).</summary>
    public sealed record RetryLater(RetryReason Reason, TimeSpan? RetryAfter, int? StatusCode = null) : UpstreamOutcome<TAnswer>;

    /// <summary>401/403/404 unknown_device: stop syncing, raise a fault, wait for the long pause or reprovisioning.</summary>
    public sealed record Unauthorized(AuthFailure Failure) : UpstreamOutcome<TAnswer>;

    /// <summary>A status the contract does not give: raise a fault, long pause, quarantine nothing.</summary>
    public sealed record Unexpected(int StatusCode, string? Error) : UpstreamOutcome<TAnswer>;
}
