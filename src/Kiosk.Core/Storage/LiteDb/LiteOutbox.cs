using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>
/// The outbox in LiteDB. Pending events live in <c>outbox</c> under an auto-increment key (their
/// write order) and nothing else is indexed, so appending one costs two pages. Once upstream has
/// an event it moves to <c>outbox_done</c> (sent or quarantined, with the reason).
/// </summary>
public sealed class LiteOutbox : IOutbox
{
    private const string Sent = "sent";
    private const string QuarantinedState = "quarantined";

    /// <summary>Given up by a technician: never sent, and its record stays blocked.</summary>
    private const string DroppedState = "dropped";

    /// <summary>The states that block a record's later events.</summary>
    private static readonly BsonArray Blocking = [QuarantinedState, DroppedState];

    private readonly LiteKioskDatabase _db;

    public LiteOutbox(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _db.OutboxAppended += () => Appended?.Invoke(this, EventArgs.Empty);
    }

    public event EventHandler? Appended;

    /// <summary>
    /// Appends an event inside the caller's transaction. <paramref name="phone"/> is kept beside the
    /// event for the kiosk's own use (SMS notices) and is never part of what is sent upstream.
    /// </summary>
    internal static void Append(LiteKioskDatabase owner, LiteDatabase db, OutboxEvent e, string? phone = null)
    {
        owner.NoteOutboxAppend();
        var doc = new BsonDocument
        {
            ["EventId"] = e.Id,
            ["Type"] = e.Type,
            ["AggregateType"] = e.AggregateType,
            ["AggregateId"] = e.AggregateId,
            ["Sequence"] = e.Sequence,
            ["OccurredAt"] = e.OccurredAt.UtcDateTime,
            ["Payload"] = e.PayloadJson,
        };
        if (phone is not null)
        {
            doc["Phone"] = phone;
        }

        PendingCollection(db).Insert(doc);
    }

    /// <summary>The latest event of every aggregate of a type whose id starts with <paramref name="idPrefix"/>.</summary>
    internal static IEnumerable<(OutboxEvent Event, string? Phone)> LatestPerAggregate(LiteDatabase db, string aggregateType, string idPrefix) =>
        DoneCollection(db).Find(Query.StartsWith("AggregateId", idPrefix))
            .Concat(PendingCollection(db).Find(Query.StartsWith("AggregateId", idPrefix)))
            .Where(d => d["AggregateType"].AsString == aggregateType)
            .GroupBy(d => d["AggregateId"].AsString, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d["Sequence"].AsInt64)!)
            .Select(d => (ToEvent(d), d["Phone"].IsNull ? null : d["Phone"].AsString));

    public IReadOnlyList<OutboxEvent> Pending(int max) =>
        [.. PendingCollection(_db.Database).Find(Query.All(), limit: max).Select(ToEvent)];

    public void MarkSent(IReadOnlyCollection<Guid> eventIds, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        Move(eventIds, Sent, at, null);
    }

    public void Quarantine(Guid eventId, string reason, DateTimeOffset at) => Move([eventId], QuarantinedState, at, reason);

    public OutboxCounts Count()
    {
        var done = DoneCollection(_db.Database);
        return new OutboxCounts(
            PendingCollection(_db.Database).Count(),
            done.Count(Query.EQ("State", QuarantinedState)),
            done.Count(Query.EQ("State", Sent)));
    }

    public bool HasQuarantined(string aggregateType, string aggregateId) =>
        DoneCollection(_db.Database).Find(Query.EQ("AggregateId", aggregateId))
            .Any(d => IsBlocking(d) && d["AggregateType"].AsString == aggregateType);

    public IReadOnlySet<(string AggregateType, string AggregateId)> WithQuarantined(IReadOnlyCollection<OutboxEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ids = events.Select(e => new BsonValue(e.AggregateId)).Distinct().ToArray();
        var done = DoneCollection(_db.Database);
        if (ids.Length == 0 || !done.Exists(Query.In("State", Blocking)))
        {
            return new HashSet<(string, string)>();
        }

        // One indexed query for the whole batch: a LiteDB query costs about a millisecond however
        // small, so one per event was most of a 500-event push.
        return done.Find(Query.In("AggregateId", ids))
            .Where(IsBlocking)
            .Select(d => (d["AggregateType"].AsString, d["AggregateId"].AsString))
            .ToHashSet();
    }

    public IReadOnlyList<QuarantinedEvent> Quarantined() =>
        [.. DoneCollection(_db.Database).Find(Query.EQ("State", QuarantinedState)).Select(ToQuarantined).OrderBy(q => q.QuarantinedAt).ThenBy(q => q.Sequence)];

    public int Requeue(Guid eventId) => _db.Write(db =>
    {
        var done = DoneCollection(db);
        var pending = PendingCollection(db);
        var quarantined = done.Find(Query.EQ("State", QuarantinedState)).ToList();
        var head = quarantined.FirstOrDefault(d => d["EventId"].AsGuid == eventId);
        if (head is null)
        {
            return 0;
        }

        var type = head["AggregateType"].AsString;
        var id = head["AggregateId"].AsString;
        var sequence = head["Sequence"].AsInt64;
        bool SameRecord(BsonDocument d) => d["AggregateType"].AsString == type && d["AggregateId"].AsString == id;
        var blocked = quarantined.Where(d => SameRecord(d) && d["Sequence"].AsInt64 > sequence && d["Reason"].AsString == QuarantinedEvent.BlockedReason).ToList();
        var waiting = pending.Find(Query.EQ("AggregateId", id)).Where(SameRecord).ToList();

        // The record's events go to the end of the queue together, in its order: upstream takes a
        // record's events only in sequence.
        foreach (var doc in blocked.Prepend(head))
        {
            done.Delete(doc["_id"]);
        }

        foreach (var doc in waiting)
        {
            pending.Delete(doc["_id"]);
        }

        foreach (var doc in blocked.Prepend(head).Concat(waiting).OrderBy(d => d["Sequence"].AsInt64))
        {
            foreach (var field in (string[])["_id", "Position", "State", "DoneAt", "Reason"])
            {
                doc.Remove(field);
            }

            pending.Insert(doc);
        }

        _db.NoteOutboxAppend();
        return blocked.Count + 1;
    });

    public QuarantinedEvent? Drop(Guid eventId, DateTimeOffset at) => _db.Write(db =>
    {
        var done = DoneCollection(db);
        var doc = done.Find(Query.EQ("State", QuarantinedState)).FirstOrDefault(d => d["EventId"].AsGuid == eventId);
        if (doc is null)
        {
            return null;
        }

        var before = ToQuarantined(doc);
        doc["State"] = DroppedState;
        doc["DroppedAt"] = at.UtcDateTime;
        done.Update(doc);
        return before;
    });

    /// <summary>Every event ever written for a record, in write order (for tests and look-ups).</summary>
    public IReadOnlyList<OutboxEvent> ForAggregate(string aggregateId) =>
        [.. DoneCollection(_db.Database).Find(Query.EQ("AggregateId", aggregateId))
            .Concat(PendingCollection(_db.Database).Find(Query.EQ("AggregateId", aggregateId)))
            .OrderBy(d => d["Position"].IsNull ? d["_id"].AsInt64 : d["Position"].AsInt64)
            .Select(ToEvent)];

    private static ILiteCollection<BsonDocument> PendingCollection(LiteDatabase db) =>
        db.GetCollection(LiteKioskDatabase.Outbox, BsonAutoId.Int64);

    private static ILiteCollection<BsonDocument> DoneCollection(LiteDatabase db) =>
        db.GetCollection(LiteKioskDatabase.OutboxDone, BsonAutoId.Int64);

    /// <summary>
    /// Moves events out of the pending list. The ones asked for are the oldest (the worker sends in
    /// order), so the scan stops as soon as it has found them all.
    /// </summary>
    private void Move(IReadOnlyCollection<Guid> eventIds, string state, DateTimeOffset at, string? reason)
    {
        var wanted = eventIds.ToHashSet();
        if (wanted.Count == 0)
        {
            return;
        }

        _db.Write(db =>
        {
            var pending = PendingCollection(db);
            var done = DoneCollection(db);

            // Find first, then change: LiteDB's cursor does not survive deletes in its own collection.
            var found = new List<BsonDocument>();
            foreach (var doc in pending.FindAll())
            {
                if (wanted.Remove(doc["EventId"].AsGuid))
                {
                    found.Add(doc);
                }

                if (wanted.Count == 0)
                {
                    break;
                }
            }

            foreach (var doc in found)
            {
                var position = doc["_id"].AsInt64;
                pending.Delete(position);
                doc.Remove("_id");
                doc["Position"] = position;
                doc["State"] = state;
                doc["DoneAt"] = at.UtcDateTime;
                if (reason is not null)
                {
                    doc["Reason"] = reason;
                    doc["Attempts"] = (doc["Attempts"].IsNull ? 0 : doc["Attempts"].AsInt32) + 1;
                }

                done.Insert(doc);
            }

            return true;
        });
    }

    private static bool IsBlocking(BsonDocument d) => d["State"].AsString is QuarantinedState or DroppedState;

    private static QuarantinedEvent ToQuarantined(BsonDocument d) => new(
        d["EventId"].AsGuid,
        d["Type"].AsString,
        d["AggregateType"].AsString,
        d["AggregateId"].AsString,
        d["Sequence"].AsInt64,
        new DateTimeOffset(DateTime.SpecifyKind(d["DoneAt"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)),
        d["Reason"].IsNull ? "" : d["Reason"].AsString,
        d["Attempts"].IsNull ? 1 : d["Attempts"].AsInt32);

    private static OutboxEvent ToEvent(BsonDocument d) => new(
        d["EventId"].AsGuid,
        d["Type"].AsString,
        d["AggregateType"].AsString,
        d["AggregateId"].AsString,
        d["Sequence"].AsInt64,
        new DateTimeOffset(DateTime.SpecifyKind(d["OccurredAt"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)),
        d["Payload"].AsString);
}
