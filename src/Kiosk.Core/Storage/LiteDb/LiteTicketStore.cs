using System.Globalization;
using Kiosk.Core.Queue;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>
/// Tickets kept as their outbox events: every change to a ticket is one event carrying the
/// ticket's whole state (<see cref="TicketSnapshot"/>), and the ticket is its latest event.
/// </summary>
/// <remarks>
/// A LiteDB insert dirties about 3.5 pages of 8 kB (data page, index node, the index tail, the
/// collection page); a ticket record plus a separate event measured 58 kB written per ticket.
/// With the event as the record, the record and its event are one document — stored together or
/// not at all by construction — and a ticket costs one insert (see docs/architecture.md).
/// The day being served is held in memory, loaded once from the events and written through.
/// </remarks>
public sealed class LiteTicketStore : ITicketStore
{
    private readonly LiteKioskDatabase _db;
    private readonly Lock _gate = new();
    private DateOnly _cachedDay;
    private List<Ticket>? _cached;

    public LiteTicketStore(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _db.Purged += DropCache;
        _db.RolledBack += DropCache;
    }

    public Ticket Issue(DateOnly day, string service, int floor, Func<int, Ticket> create, Func<Ticket, OutboxEvent> toEvent)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(toEvent);
        return Written(db =>
        {
            var tickets = DayLocked(day);

            // By the code's letter, not the ticket's service: a ticket transferred to another service keeps
            // its number. The day's own tickets are the counter (a number exists when its ticket does), raised to the
            // floor kept outside the store (tickets a restore or a lost log took away were still issued).
            var last = Math.Max(floor, tickets.Where(t => t.Code.StartsWith(service + "-", StringComparison.Ordinal)).Select(t => t.Number).DefaultIfEmpty(0).Max());
            var ticket = create(last + 1);
            Append(db, ticket, toEvent(ticket));
            tickets.Add(ticket);
            return ticket;
        });
    }

    public void Save(Ticket ticket, OutboxEvent change)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(change);
        Written(db =>
        {
            var tickets = DayLocked(ParseDay(ticket.ServiceDay));
            var index = tickets.FindIndex(t => t.Id == ticket.Id);
            if (index < 0)
            {
                throw new StorageException($"Ticket {ticket.Id} does not exist.");
            }

            Append(db, ticket, change);
            tickets[index] = ticket;
            return ticket;
        });
    }

    public T InTransaction<T>(Func<T> change) => _db.Atomically(change);

    public void WhenCommitted(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _db.WhenCommitted(action);
    }

    public Ticket? Find(DateOnly day, string code)
    {
        lock (_gate)
        {
            return DayLocked(day).Find(t => t.Code == code);
        }
    }

    public IReadOnlyList<Ticket> ListDay(DateOnly day)
    {
        lock (_gate)
        {
            return [.. DayLocked(day)];
        }
    }

    /// <summary>
    /// Runs a change in the store's transaction and under this store's lock, in that order (the
    /// order an <see cref="LiteKioskDatabase.Atomically{T}"/> step takes them too). The cache is
    /// changed before the commit, so a failed commit drops it; a rolled-back step drops it through
    /// <see cref="LiteKioskDatabase.RolledBack"/>.
    /// </summary>
    private Ticket Written(Func<LiteDB.LiteDatabase, Ticket> change)
    {
        try
        {
            return _db.Write(db =>
            {
                lock (_gate)
                {
                    return change(db);
                }
            });
        }
        catch
        {
            DropCache();
            throw;
        }
    }

    private void Append(LiteDB.LiteDatabase db, Ticket ticket, OutboxEvent change)
    {
        LiteOutbox.Append(_db, db, change, ticket.Phone);
        _db.Inject("ticket:before-commit");
    }

    private void DropCache()
    {
        lock (_gate)
        {
            _cached = null;
        }
    }

    private List<Ticket> DayLocked(DateOnly day)
    {
        if (_cached is not null && _cachedDay == day)
        {
            return _cached;
        }

        var prefix = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/";
        _cached = [.. LiteOutbox.LatestPerAggregate(_db.Database, "ticket", prefix)
            .Select(e => OutboxEvents.ReadPayload<TicketSnapshot>(e.Event.PayloadJson)!.ToTicket(e.Event.AggregateId, (int)e.Event.Sequence, e.Phone))
            .OrderBy(t => t.IssuedAt)
            .ThenBy(t => t.Service, StringComparer.Ordinal)
            .ThenBy(t => t.Number)];
        _cachedDay = day;
        return _cached;
    }

    private static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
