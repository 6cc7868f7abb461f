namespace Kiosk.Host.Admin;

/// <summary>
/// What <c>GET /admin/sync</c> and <c>POST /admin/sync/now</c> call. The sync worker implements it;
/// when none is registered (no upstream configured) the endpoints answer 503 "sync disabled".
/// </summary>
public interface ISyncControl
{
    /// <summary>The worker's current state, without touching the network.</summary>
    SyncStatus Status();

    /// <summary>Runs one push and pull now (not waiting for the next interval) and returns the state after it.</summary>
    Task<SyncStatus> SyncNowAsync(CancellationToken cancellationToken);
}
