using System.Globalization;
using Kiosk.Core.Queue;
using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>
/// Tickets in LiteDB, keyed <c>yyyy-MM-dd/A-017</c> so a day (or a day's service) is a range of
/// the primary key: no secondary index, so issuing a ticket dirties as few 8 kB pages as possible.
/// The day being served is also kept in memory, written through after each commit.
/// </summary>
public sealed class LiteTicketStore : ITicketStore
{
    private readonly LiteKioskDatabase _db;
    private readonly Lock _cacheGate = new();
    private DateOnly _cachedDay;
    private List<Ticket>? _cached;

    public LiteTicketStore(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    public Ticket Issue(DateOnly day, string service, Func<int, Ticket> create, Func<Ticket, OutboxEvent> toEvent)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(toEvent);
        var ticket = _db.Write(db =>
        {
            var tickets = db.GetCollection<Ticket>(LiteKioskDatabase.Tickets);

            // The next number is one past the highest stored today for the service: the tickets
            // themselves are the counter, so a number and its ticket are written together or not at all.
            var prefix = $"{DayKey(day)}/{service}-";
            var last = tickets.Find(Query.StartsWith("_id", prefix)).Select(t => t.Number).DefaultIfEmpty(0).Max();
            var created = create(last + 1);
            tickets.Insert(created);
            _db.Inject("ticket:between-record-and-event");
            LiteOutbox.Append(db, toEvent(created));
            return created;
        });
        Remember(day, ticket);
        return ticket;
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
        Remember(DateOnly.ParseExact(ticket.ServiceDay, "yyyy-MM-dd", CultureInfo.InvariantCulture), ticket);
    }

    public Ticket? Find(DateOnly day, string code) =>
        ListDay(day).FirstOrDefault(t => t.Code == code);

    public IReadOnlyList<Ticket> ListDay(DateOnly day)
    {
        lock (_cacheGate)
        {
            if (_cached is not null && _cachedDay == day)
            {
                return [.. _cached];
            }
        }

        var loaded = _db.Database.GetCollection<Ticket>(LiteKioskDatabase.Tickets)
            .Find(Query.StartsWith("_id", DayKey(day) + "/"))
            .OrderBy(t => t.IssuedAt)
            .ThenBy(t => t.Service, StringComparer.Ordinal)
            .ThenBy(t => t.Number)
            .ToList();
        lock (_cacheGate)
        {
            _cachedDay = day;
            _cached = loaded;
            return [.. loaded];
        }
    }

    private void Remember(DateOnly day, Ticket ticket)
    {
        lock (_cacheGate)
        {
            if (_cached is null || _cachedDay != day)
            {
                return;
            }

            var index = _cached.FindIndex(t => t.Id == ticket.Id);
            if (index >= 0)
            {
                _cached[index] = ticket;
            }
            else
            {
                _cached.Add(ticket);
            }
        }
    }

    private static string DayKey(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
