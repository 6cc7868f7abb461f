using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>The outbox in LiteDB, in write order (an auto-increment position).</summary>
public sealed class LiteOutbox : IOutbox
{
    private const string Pending = "pending";
    private const string Sent = "sent";
    private const string Quarantined = "quarantined";

    private readonly LiteKioskDatabase _db;

    public LiteOutbox(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>Appends an event inside the caller's transaction.</summary>
    internal static void Append(LiteDatabase db, OutboxEvent e) =>
        db.GetCollection(LiteKioskDatabase.Outbox, BsonAutoId.Int64).Insert(new BsonDocument
        {
            ["EventId"] = e.Id,
            ["Type"] = e.Type,
            ["AggregateType"] = e.AggregateType,
            ["AggregateId"] = e.AggregateId,
            ["Sequence"] = e.Sequence,
            ["OccurredAt"] = e.OccurredAt.UtcDateTime,
            ["Payload"] = e.PayloadJson,
            ["State"] = Pending,
        });

    IReadOnlyList<OutboxEvent> IOutbox.Pending(int max) =>
        [.. _db.Database.GetCollection(LiteKioskDatabase.Outbox, BsonAutoId.Int64)
            .Find(Query.EQ("State", Pending))
            .OrderBy(d => d["_id"].AsInt64)
            .Take(max)
            .Select(ToEvent)];

    public void MarkSent(IReadOnlyCollection<Guid> eventIds, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        SetState(eventIds, Sent, at, null);
    }

    public void Quarantine(Guid eventId, string reason, DateTimeOffset at) => SetState([eventId], Quarantined, at, reason);

    public OutboxCounts Count()
    {
        var outbox = _db.Database.GetCollection(LiteKioskDatabase.Outbox, BsonAutoId.Int64);
        return new OutboxCounts(outbox.Count(Query.EQ("State", Pending)), outbox.Count(Query.EQ("State", Quarantined)), outbox.Count(Query.EQ("State", Sent)));
    }

    /// <summary>Every event ever written for a record, in order (for tests and look-ups).</summary>
    public IReadOnlyList<OutboxEvent> ForAggregate(string aggregateId) =>
        [.. _db.Database.GetCollection(LiteKioskDatabase.Outbox, BsonAutoId.Int64)
            .Find(Query.EQ("AggregateId", aggregateId))
            .OrderBy(d => d["_id"].AsInt64)
            .Select(ToEvent)];

    private void SetState(IEnumerable<Guid> eventIds, string state, DateTimeOffset at, string? reason) =>
        _db.Write(db =>
        {
            var outbox = db.GetCollection(LiteKioskDatabase.Outbox, BsonAutoId.Int64);
            foreach (var id in eventIds)
            {
                var doc = outbox.FindOne(Query.EQ("EventId", id));
                if (doc is null)
                {
                    continue;
                }

                doc["State"] = state;
                doc["DoneAt"] = at.UtcDateTime;
                if (reason is not null)
                {
                    doc["Reason"] = reason;
                }

                outbox.Update(doc);
            }

            return true;
        });

    private static OutboxEvent ToEvent(BsonDocument d) => new(
        d["EventId"].AsGuid,
        d["Type"].AsString,
        d["AggregateType"].AsString,
        d["AggregateId"].AsString,
        d["Sequence"].AsInt64,
        new DateTimeOffset(DateTime.SpecifyKind(d["OccurredAt"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)),
        d["Payload"].AsString);
}
