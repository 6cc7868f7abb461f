using Kiosk.Core.Sync;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>The one sync state document.</summary>
public sealed class LiteSyncStateStore : ISyncStateStore
{
    private const string Collection = "sync_state";
    private readonly LiteKioskDatabase _db;

    public LiteSyncStateStore(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    public SyncState Load()
    {
        var doc = _db.Database.GetCollection(Collection).FindById("state");
        return doc is null ? new SyncState() : _db.Database.Mapper.ToObject<SyncState>(doc);
    }

    public void Save(SyncState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var doc = _db.Database.Mapper.ToDocument(state);
        doc["_id"] = "state";
        _db.Write(db => db.GetCollection(Collection).Upsert(doc));
    }
}
