namespace Kiosk.Core.Sync;

/// <summary>The typed answer to a heartbeat. A closed hierarchy: switch on the nested records.</summary>
public abstract record HeartbeatOutcome
{
    private HeartbeatOutcome()
    {
    }

    /// <summary>200 or 204: received.</summary>
    public sealed record Ok : HeartbeatOutcome;

    /// <summary>408, 429, 5xx, timeout, network failure: skip; send the next one on schedule.</summary>
    public sealed record RetryLater(RetryReason Reason, TimeSpan? RetryAfter, int? StatusCode = null) : HeartbeatOutcome;

    /// <summary>401/403/404: stop syncing, raise a fault.</summary>
    public sealed record Unauthorized(AuthFailure Failure) : HeartbeatOutcome;

    /// <summary>Any other status (including 400): raise a fault.</summary>
    public sealed record Unexpected(int StatusCode, string? Error) : HeartbeatOutcome;
}
