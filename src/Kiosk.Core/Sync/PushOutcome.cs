namespace Kiosk.Core.Sync;

/// <summary>
/// The typed answer to a push (docs/sync-protocol.md, "What each answer means to the device").
/// A closed hierarchy: switch on the nested records.
/// </summary>
public abstract record PushOutcome
{
    private PushOutcome()
    {
    }

    /// <summary>200: one result per event that the upstream answered for. An event sent without a
    /// result stays pending.</summary>
    public sealed record Ok(IReadOnlyList<EventResult> Results) : PushOutcome;

    /// <summary>400: the batch as a whole is malformed. Split it; quarantine a single event.</summary>
    public sealed record BadBatch(string Error, string? Message) : PushOutcome;

    /// <summary>413: halve the batch; quarantine a single event with <see cref="RejectReasons.TooLarge"/>.</summary>
    public sealed record TooLarge : PushOutcome;

    /// <summary>408, 429, 5xx, timeout, network failure, unreadable 200: re-send the same batch
    /// after backoff, at least <see cref="RetryAfter"/> when given.</summary>
    public sealed record RetryLater(RetryReason Reason, TimeSpan? RetryAfter, int? StatusCode = null) : PushOutcome;

    /// <summary>401/403/404: stop syncing, raise a fault, wait for the long pause or reprovisioning.</summary>
    public sealed record Unauthorized(AuthFailure Failure) : PushOutcome;

    /// <summary>A status the contract does not give: raise a fault, long pause, quarantine nothing.</summary>
    public sealed record Unexpected(int StatusCode, string? Error) : PushOutcome;
}
