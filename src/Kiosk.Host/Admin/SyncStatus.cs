namespace Kiosk.Host.Admin;

/// <summary>The sync worker's state for technicians (<c>kiosk sync status</c>); never the token.</summary>
/// <param name="UpstreamUrl">The configured upstream base address.</param>
/// <param name="PendingEvents">Outbox events not yet accepted upstream.</param>
/// <param name="QuarantinedEvents">Events upstream refused for good (kept for inspection).</param>
/// <param name="LastPushAt">When a push last succeeded.</param>
/// <param name="LastPullAt">When a pull of status updates last succeeded.</param>
/// <param name="NextAttemptAt">When the worker will try next (after backoff).</param>
/// <param name="LastError">The last failure in a few words (e.g. "auth refused", "timeout"), or null.</param>
public sealed record SyncStatus(
    string UpstreamUrl,
    long PendingEvents,
    long QuarantinedEvents,
    DateTimeOffset? LastPushAt,
    DateTimeOffset? LastPullAt,
    DateTimeOffset? NextAttemptAt,
    string? LastError);
