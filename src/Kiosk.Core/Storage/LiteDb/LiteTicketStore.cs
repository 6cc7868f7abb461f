using System.Globalization;
using Kiosk.Core.Queue;
using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>Tickets in LiteDB; the per-service, per-day counter lives in the same transaction.</summary>
public sealed class LiteTicketStore : ITicketStore
{
    private readonly LiteKioskDatabase _db;

    public LiteTicketStore(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    public Ticket Issue(DateOnly day, string service, Func<int, Ticket> create, Func<Ticket, OutboxEvent> toEvent)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(toEvent);
        return _db.Write(db =>
        {
            var counters = db.GetCollection(LiteKioskDatabase.Counters);
            var key = $"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{service}";
            var counter = counters.FindById(key);
            var number = (counter is null ? 0 : counter["last"].AsInt32) + 1;
            counters.Upsert(new BsonDocument { ["_id"] = key, ["last"] = number });

            var ticket = create(number);
            db.GetCollection<Ticket>(LiteKioskDatabase.Tickets).Insert(ticket);
            _db.Inject("ticket:between-record-and-event");
            LiteOutbox.Append(db, toEvent(ticket));
            return ticket;
        });
    }

    public void Save(Ticket ticket, OutboxEvent change)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(change);
        _db.Write(db =>
        {
            if (!db.GetCollection<Ticket>(LiteKioskDatabase.Tickets).Update(ticket))
            {
                throw new StorageException($"Ticket {ticket.Id} does not exist.");
            }

            _db.Inject("ticket:between-record-and-event");
            LiteOutbox.Append(db, change);
            return true;
        });
    }

    public Ticket? Find(DateOnly day, string code) =>
        _db.Database.GetCollection<Ticket>(LiteKioskDatabase.Tickets).FindById(Ticket.FormatId(day, code));

    public IReadOnlyList<Ticket> ListDay(DateOnly day)
    {
        var key = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. _db.Database.GetCollection<Ticket>(LiteKioskDatabase.Tickets)
            .Find(Query.EQ("ServiceDay", key))
            .OrderBy(t => t.IssuedAt)
            .ThenBy(t => t.Service, StringComparer.Ordinal)
            .ThenBy(t => t.Number)];
    }
}
