namespace Kiosk.Core.Sync;

/// <summary>
/// The device's view of the regency's upstream (docs/sync-protocol.md). Every answer, including
/// network failures and timeouts, comes back as a typed outcome; only cancellation of
/// <c>ct</c> throws. The sync worker decides what to do with each outcome; no retry happens here.
/// </summary>
public interface IUpstreamClient
{
    /// <summary>Sends one batch of outbox events, in the order given.</summary>
    Task<UpstreamOutcome<PushAnswer>> PushAsync(IReadOnlyList<UpstreamEvent> events, CancellationToken ct);

    /// <summary>Fetches status updates after <paramref name="cursor"/> (null: from the start).</summary>
    Task<UpstreamOutcome<PullAnswer>> PullAsync(string? cursor, int limit, CancellationToken ct);

    /// <summary>Reports the device's health.</summary>
    Task<UpstreamOutcome<HeartbeatReceipt>> HeartbeatAsync(DeviceHeartbeat heartbeat, CancellationToken ct);
}
