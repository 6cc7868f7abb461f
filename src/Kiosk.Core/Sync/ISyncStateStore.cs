namespace Kiosk.Core.Sync;

public interface ISyncStateStore
{
    SyncState Load();

    void Save(SyncState state);
}
