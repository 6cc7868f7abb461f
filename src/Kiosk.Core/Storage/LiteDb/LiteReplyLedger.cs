using Kiosk.Core.Sms.Guards;
using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>SMS replies sent, for the per-number and daily limits; entries older than two days are dropped.</summary>
public sealed class LiteReplyLedger : IReplyLedger
{
    private const string Collection = "sms_replies";
    private static readonly TimeSpan Keep = TimeSpan.FromDays(2);
    private readonly LiteKioskDatabase _db;

    public LiteReplyLedger(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _db.Database.GetCollection(Collection).EnsureIndex("At");
    }

    public void Record(string number, DateTimeOffset sentAtUtc) =>
        _db.Write(db =>
        {
            var replies = db.GetCollection(Collection);
            replies.Insert(new BsonDocument { ["Number"] = number, ["At"] = sentAtUtc.UtcDateTime });
            return replies.DeleteMany(Query.LT("At", (sentAtUtc - Keep).UtcDateTime));
        });

    public int CountSince(string number, DateTimeOffset sinceUtc) =>
        _db.Database.GetCollection(Collection).Find(Query.GTE("At", sinceUtc.UtcDateTime)).Count(d => d["Number"].AsString == number);

    public int CountAllSince(DateTimeOffset sinceUtc) =>
        _db.Database.GetCollection(Collection).Count(Query.GTE("At", sinceUtc.UtcDateTime));
}
