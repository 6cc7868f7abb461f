using System.Globalization;
using Kiosk.Core.Complaints;
using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>
/// Keeps the store bounded on a small SD card: removes what upstream already has and is older than
/// the retention period. Nothing that still waits in the outbox is ever removed.
/// </summary>
public sealed class StoreRetention
{
    private readonly LiteKioskDatabase _db;

    public StoreRetention(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>Removes synced tickets of days before <paramref name="cutoffDay"/>, finished complaints last changed before <paramref name="cutoff"/>, and handled SMS and print jobs older than it.</summary>
    public RetentionResult Purge(DateTimeOffset cutoff, DateOnly cutoffDay)
    {
        var result = PurgeInTransaction(cutoff, cutoffDay);
        _db.RaisePurged();
        return result;
    }

    private RetentionResult PurgeInTransaction(DateTimeOffset cutoff, DateOnly cutoffDay) =>
        _db.Write(db =>
        {
            var pending = db.GetCollection(LiteKioskDatabase.Outbox, BsonAutoId.Int64);
            var done = db.GetCollection(LiteKioskDatabase.OutboxDone, BsonAutoId.Int64);
            var unsynced = pending.FindAll().Select(d => d["AggregateId"].AsString).ToHashSet(StringComparer.Ordinal);
            var dayKey = cutoffDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            var ticketEvents = done.Find(Query.EQ("AggregateType", "ticket"))
                .Where(d => string.CompareOrdinal(d["AggregateId"].AsString, dayKey) < 0 && !unsynced.Contains(d["AggregateId"].AsString))
                .Select(d => d["_id"])
                .ToList();
            foreach (var id in ticketEvents)
            {
                done.Delete(id);
            }

            var complaints = db.GetCollection<Complaint>(LiteKioskDatabase.Complaints);
            var finished = complaints.FindAll()
                .Where(c => ComplaintStatusRules.IsFinal(c.Status) && c.History[^1].At < cutoff && !unsynced.Contains(c.TrackingCode.Grouped))
                .ToList();
            foreach (var complaint in finished)
            {
                done.DeleteMany(Query.EQ("AggregateId", complaint.TrackingCode.Grouped));
                complaints.Delete(complaint.Id);
            }

            var sms = db.GetCollection("sms_in").DeleteMany(Query.And(Query.EQ("State", "Processed"), Query.LT("ReceivedAt", cutoff.UtcDateTime)))
                + db.GetCollection("sms_out").DeleteMany(Query.And(Query.Not("State", "Pending"), Query.LT("QueuedAt", cutoff.UtcDateTime)));
            var jobs = db.GetCollection("print_jobs").DeleteMany(Query.And(Query.Not("State", "Pending"), Query.LT("CreatedAt", cutoff.UtcDateTime)));
            return new RetentionResult(ticketEvents.Count, finished.Count, sms, jobs);
        });
}

/// <summary>How much a purge removed.</summary>
public sealed record RetentionResult(int TicketEvents, int Complaints, int SmsMessages, int PrintJobs);
