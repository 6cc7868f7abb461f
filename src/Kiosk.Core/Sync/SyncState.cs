namespace Kiosk.Core.Sync;

/// <summary>Where sync stands, kept across restarts and shown in /healthz.</summary>
public sealed record SyncState
{
    /// <summary>The opaque pull cursor upstream gave last; null = from the start.</summary>
    public string? Cursor { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>Why the last attempt failed, for technicians (never the token).</summary>
    public string? LastError { get; init; }

    /// <summary>Upstream refused the token: sync waits for a new one or a long pause.</summary>
    public bool Unauthorized { get; init; }
}
