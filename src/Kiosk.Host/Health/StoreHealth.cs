using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Health;

/// <summary>
/// The store is healthy when a write goes through; reports the outbox backlog and free disk. While
/// the disk is full every check probes again, and the probe is what lets writes resume once space
/// returns (the status LED reads this every few seconds).
/// </summary>
public sealed class StoreHealth : IHealthComponent
{
    private readonly LiteKioskDatabase _db;
    private readonly IOutbox _outbox;
    private readonly DataDirectory _directory;
    private readonly TimeProvider _time;

    public StoreHealth(LiteKioskDatabase db, IOutbox outbox, DataDirectory directory, TimeProvider time)
    {
        _db = db;
        _outbox = outbox;
        _directory = directory;
        _time = time;
    }

    /// <summary>How long a successful write probe stands: /healthz is read every few seconds (LED, watchdog), an SD card should not be written that often.</summary>
    public static readonly TimeSpan ProbeValidFor = TimeSpan.FromMinutes(1);

    private DateTimeOffset _lastGoodProbe = DateTimeOffset.MinValue;

    public string Name => "store";

    public ComponentHealth Check()
    {
        var now = _time.GetUtcNow();
        if (_db.IsFull || now - _lastGoodProbe >= ProbeValidFor)
        {
            try
            {
                _db.ProbeWritable(now);
                _lastGoodProbe = now;
            }
            catch (StorageFullException e)
            {
                return new ComponentHealth(
                    HealthState.Failed,
                    $"storage-full: {e.Message}",
                    new Dictionary<string, object?> { ["path"] = _directory.Path, ["diskFreeBytes"] = new DriveInfo(_directory.Path).AvailableFreeSpace },
                    RestartHelps: false);
            }
            catch (Exception e) when (e is IOException or StorageException or LiteDB.LiteException or UnauthorizedAccessException)
            {
                return new ComponentHealth(HealthState.Failed, $"The store cannot be written: {e.Message}");
            }
        }

        var counts = _outbox.Count();
        var freeBytes = new DriveInfo(_directory.Path).AvailableFreeSpace;
        return new ComponentHealth(
            freeBytes < 50L * 1024 * 1024 ? HealthState.Degraded : HealthState.Ok,
            freeBytes < 50L * 1024 * 1024 ? "Less than 50 MB free on the data disk." : null,
            new Dictionary<string, object?>
            {
                ["path"] = _directory.Path,
                ["outboxPending"] = counts.Pending,
                ["outboxQuarantined"] = counts.Quarantined,
                ["diskFreeBytes"] = freeBytes,
            });
    }
}
