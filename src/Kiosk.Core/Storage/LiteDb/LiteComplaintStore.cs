using Kiosk.Core.Complaints;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>Complaints in LiteDB, keyed by the compact tracking code.</summary>
public sealed class LiteComplaintStore : IComplaintStore
{
    private readonly LiteKioskDatabase _db;

    public LiteComplaintStore(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    public bool TryAdd(Complaint complaint, OutboxEvent created)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(created);
        return _db.Write(db =>
        {
            var complaints = db.GetCollection<Complaint>(LiteKioskDatabase.Complaints);
            if (complaints.FindById(complaint.Id) is not null)
            {
                return false;
            }

            complaints.Insert(complaint);
            _db.Inject("complaint:between-record-and-event");
            LiteOutbox.Append(_db, db, created);
            return true;
        });
    }

    public void Save(Complaint complaint, OutboxEvent change)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(change);
        _db.Write(db =>
        {
            if (!db.GetCollection<Complaint>(LiteKioskDatabase.Complaints).Update(complaint))
            {
                throw new StorageException($"Complaint {complaint.Id} does not exist.");
            }

            _db.Inject("complaint:between-record-and-event");
            LiteOutbox.Append(_db, db, change);
            return true;
        });
    }

    public Complaint? Find(TrackingCode code) =>
        _db.Database.GetCollection<Complaint>(LiteKioskDatabase.Complaints).FindById(code.Compact);
}
