namespace Kiosk.Core.Sync;

/// <summary>What the sync worker does after one push or pull.</summary>
public abstract record SyncStep
{
    private SyncStep()
    {
    }

    /// <summary>Nothing more to do now.</summary>
    public sealed record Idle : SyncStep;

    /// <summary>More is waiting: go again at once.</summary>
    public sealed record Continue : SyncStep;

    /// <summary>A passing failure: back off (at least <paramref name="RetryAfter"/> when upstream said so).</summary>
    public sealed record Retry(string Reason, TimeSpan? RetryAfter) : SyncStep;

    /// <summary>Something only a person can fix (token refused, unexpected answer): pause long and raise it.</summary>
    public sealed record Halt(string Reason) : SyncStep;
}
