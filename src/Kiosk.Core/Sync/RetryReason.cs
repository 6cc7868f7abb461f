namespace Kiosk.Core.Sync;

/// <summary>Why a request should be retried later with backoff.</summary>
public enum RetryReason
{
    /// <summary>No answer within <c>Upstream:Timeout</c>.</summary>
    Timeout,

    /// <summary>Connection refused or reset, DNS or TLS failure, connection dropped mid-answer.</summary>
    Network,

    /// <summary>408 Request Timeout.</summary>
    RequestTimeout,

    /// <summary>429 Too Many Requests.</summary>
    Throttled,

    /// <summary>Any 5xx.</summary>
    ServerError,

    /// <summary>200 with a body that does not follow the contract; a re-send is safe (idempotent).</summary>
    UnreadableAnswer,
}
