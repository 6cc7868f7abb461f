using Kiosk.Core.Validation;

namespace Kiosk.Core.Queue;

/// <summary>
/// The staff side of the queue: what a counter does with tickets. Each action is one store
/// transaction (joining an <see cref="Storage.IAtomicWrites.Atomically{T}"/> step, so an SMS notice
/// queued beside it is stored with it or not at all).
/// </summary>
public sealed partial class QueueService
{
    /// <summary>The longest counter name (\"Loket Pelayanan Terpadu 12\" fits).</summary>
    public const int CounterNameMaxLength = 40;

    /// <summary>
    /// Calls the next ticket to <paramref name="counter"/> among the services it serves (or only
    /// <paramref name="service"/>): closes the counter's current ticket as served, then picks by the
    /// priority rule, counting priority streaks of this counter's own calls.
    /// </summary>
    public CallOutcome CallNext(CounterSeat counter, string? service = null)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var services = counter.Services;
        if (service is not null)
        {
            services = [RequireServed(counter, service)];
        }

        return _store.InTransaction(() =>
        {
            lock (_gate)
            {
                var now = Now();
                var today = _store.ListDay(_office.LocalDay(now));
                var closed = CloseCurrentLocked(counter, today, now);
                today = _store.ListDay(_office.LocalDay(now));
                var waiting = today.Where(t => t.State == TicketState.Waiting && InServices(t, services)).ToList();
                var next = CallingOrder.PickNext(waiting, CounterStreak(today, counter.Name), _office.MaxPriorityInARow);
                return new CallOutcome(closed, next is null ? null : CallLocked(next, counter, today, now));
            }
        });
    }

    /// <summary>
    /// Calls the next ticket to a counter known only by name, serving every service of the office
    /// (or only <paramref name="service"/>); the called ticket, or null when nobody waits.
    /// </summary>
    public Ticket? CallNext(string counter, string? service = null)
    {
        if (string.IsNullOrWhiteSpace(counter) || counter.Length > CounterNameMaxLength || counter.Any(char.IsControl))
        {
            throw new DomainValidationException(new FieldError("counter", "invalid", $"Nama loket wajib diisi, paling banyak {CounterNameMaxLength} karakter."));
        }

        return CallNext(new CounterSeat(counter, [.. _office.Services.Select(s => s.Code)]), service).Called;
    }

    /// <summary>
    /// Calls the waiting ticket <paramref name="code"/> out of order (closing the counter's current
    /// ticket as served); a ticket of a service the counter does not serve is refused (403).
    /// </summary>
    public CallOutcome CallSpecific(CounterSeat counter, string code)
    {
        ArgumentNullException.ThrowIfNull(counter);
        return _store.InTransaction(() =>
        {
            lock (_gate)
            {
                var ticket = FindOrThrow(code);
                RequireServed(counter, ticket.Service);
                if (ticket.State != TicketState.Waiting)
                {
                    throw new StateConflictException(
                        $"Ticket {ticket.Code} is {ticket.State}, not waiting.",
                        $"Tiket {ticket.Code} sudah berstatus {TicketStateNames.Indonesian(ticket.State)}.");
                }

                var now = Now();
                var today = _store.ListDay(_office.LocalDay(now));
                var closed = CloseCurrentLocked(counter, today, now);
                today = _store.ListDay(_office.LocalDay(now));
                return new CallOutcome(closed, CallLocked(today.First(t => t.Id == ticket.Id), counter, today, now));
            }
        });
    }

    /// <summary>The ticket this counter has called and not yet closed, or null.</summary>
    public Ticket? Current(CounterSeat counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        lock (_gate)
        {
            return CurrentOf(_store.ListDay(Today), counter.Name);
        }
    }

    /// <summary>The counter's current ticket, to call again; nothing is stored (a recall changes no state). 409 when it has none.</summary>
    public Ticket Recall(CounterSeat counter) => Current(counter) ?? throw NothingCalled(counter);

    /// <summary>Closes the counter's current ticket as <see cref="TicketState.Served"/> or <see cref="TicketState.NoShow"/>.</summary>
    public Ticket Close(CounterSeat counter, TicketState outcome)
    {
        ArgumentNullException.ThrowIfNull(counter);
        if (outcome is not (TicketState.Served or TicketState.NoShow))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A called ticket closes as served or no-show.");
        }

        return _store.InTransaction(() =>
        {
            lock (_gate)
            {
                var current = CurrentOf(_store.ListDay(Today), counter.Name) ?? throw NothingCalled(counter);
                return FinishLocked(current, outcome, outcome == TicketState.Served ? "ticket.served" : "ticket.no_show", TicketState.Called);
            }
        });
    }

    /// <summary>
    /// Moves a ticket to the queue of <paramref name="toService"/>, waiting again and keeping its
    /// place in time (its issue time and number stay): the counter's current ticket, or the waiting
    /// ticket <paramref name="code"/> of a service it serves.
    /// </summary>
    public Ticket Transfer(CounterSeat counter, string toService, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var target = string.IsNullOrWhiteSpace(toService) ? null : _office.FindService(toService)
            ?? throw new DomainValidationException(new FieldError("service", "unknown", $"Layanan tidak dikenal. Pilih salah satu: {string.Join(", ", _office.Services.Select(s => s.Code))}."));
        if (target is null)
        {
            throw new DomainValidationException(new FieldError("service", "required", "Pilih layanan tujuan."));
        }

        return _store.InTransaction(() =>
        {
            lock (_gate)
            {
                Ticket ticket;
                if (string.IsNullOrWhiteSpace(code))
                {
                    ticket = CurrentOf(_store.ListDay(Today), counter.Name) ?? throw NothingCalled(counter);
                }
                else
                {
                    ticket = FindOrThrow(code);
                    RequireServed(counter, ticket.Service);
                    if (ticket.State != TicketState.Waiting && !(ticket.State == TicketState.Called && ticket.Counter == counter.Name))
                    {
                        throw new StateConflictException(
                            $"Ticket {ticket.Code} is {ticket.State}.",
                            $"Tiket {ticket.Code} sudah berstatus {TicketStateNames.Indonesian(ticket.State)}.");
                    }
                }

                if (string.Equals(ticket.Service, target.Code, StringComparison.Ordinal) && ticket.State == TicketState.Waiting)
                {
                    throw new StateConflictException($"Ticket {ticket.Code} already waits for {target.Code}.", $"Tiket {ticket.Code} sudah menunggu layanan {target.Code}.");
                }

                var now = Now();
                var moved = ticket with { Service = target.Code, State = TicketState.Waiting, CalledAt = null, Counter = null, Version = ticket.Version + 1 };
                _store.Save(moved, Event("ticket.transferred", moved, now));
                return moved;
            }
        });
    }

    /// <summary>Today's waiting tickets of the counter's services, in the order this counter would call them.</summary>
    public IReadOnlyList<WaitingTicket> WaitingFor(CounterSeat counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        lock (_gate)
        {
            var now = Now();
            var today = _store.ListDay(_office.LocalDay(now));
            var waiting = today.Where(t => t.State == TicketState.Waiting && InServices(t, counter.Services)).ToList();
            return [.. CallingOrder.Sequence(waiting, CounterStreak(today, counter.Name), _office.MaxPriorityInARow)
                .Select(t => new WaitingTicket(t, (int)Math.Max(0, (now - t.IssuedAt).TotalMinutes)))];
        }
    }

    /// <summary>How many wait today for each of the office's services.</summary>
    public IReadOnlyDictionary<string, int> WaitingPerService()
    {
        var today = _store.ListDay(Today);
        return _office.Services.ToDictionary(s => s.Code, s => today.Count(t => t.State == TicketState.Waiting && t.Service == s.Code), StringComparer.Ordinal);
    }

    /// <summary>Today's counts and mean service time of the counter named <paramref name="counterName"/>.</summary>
    public CounterStats StatsFor(string counterName)
    {
        lock (_gate)
        {
            var mine = _store.ListDay(Today).Where(t => t.Counter == counterName && t.CalledAt is not null).ToList();
            var served = mine.Where(t => t.State == TicketState.Served && t.FinishedAt is not null).ToList();
            return new CounterStats(
                mine.Count,
                served.Count,
                mine.Count(t => t.State == TicketState.NoShow),
                served.Count == 0 ? null : Math.Round(served.Average(t => (t.FinishedAt!.Value - t.CalledAt!.Value).TotalMinutes), 1));
        }
    }

    /// <summary>Today's called tickets, the latest call first (what the waiting-room display shows after a restart).</summary>
    public IReadOnlyList<Ticket> LatestCalls(int count)
    {
        lock (_gate)
        {
            return [.. _store.ListDay(Today).Where(t => t.CalledAt is not null && t.Counter is not null).OrderByDescending(t => t.CallSequence).Take(count)];
        }
    }

    private Ticket? CloseCurrentLocked(CounterSeat counter, IReadOnlyList<Ticket> today, DateTimeOffset now)
    {
        var current = CurrentOf(today, counter.Name);
        if (current is null)
        {
            return null;
        }

        var closed = current with { State = TicketState.Served, FinishedAt = now, Version = current.Version + 1 };
        _store.Save(closed, Event("ticket.served", closed, now));
        return closed;
    }

    private Ticket CallLocked(Ticket next, CounterSeat counter, IReadOnlyList<Ticket> today, DateTimeOffset now)
    {
        var sequence = today.Select(t => t.CallSequence).DefaultIfEmpty(0).Max() + 1;
        var called = next with { State = TicketState.Called, CalledAt = now, Counter = counter.Name, CallSequence = sequence, Version = next.Version + 1 };
        _store.Save(called, Event("ticket.called", called, now));
        return called;
    }

    private static Ticket? CurrentOf(IEnumerable<Ticket> today, string counterName) =>
        today.Where(t => t.State == TicketState.Called && t.Counter == counterName).MaxBy(t => t.CallSequence);

    /// <summary>Priority tickets this counter called in a row just before: other counters' calls do not count.</summary>
    private static int CounterStreak(IEnumerable<Ticket> today, string counterName) =>
        CallingOrder.StreakOf(today.Where(t => t.CallSequence > 0 && t.Counter == counterName).OrderBy(t => t.CallSequence));

    private static bool InServices(Ticket ticket, IReadOnlyList<string> services) =>
        services.Contains(ticket.Service, StringComparer.OrdinalIgnoreCase);

    private string RequireServed(CounterSeat counter, string service)
    {
        var known = _office.FindService(service)
            ?? throw new DomainValidationException(new FieldError("service", "unknown", "Layanan tidak dikenal."));
        return counter.Serves(known.Code)
            ? known.Code
            : throw new ForbiddenException(
                $"Counter {counter.Name} does not serve service {known.Code}.",
                $"{counter.Name} tidak melayani layanan {known.Code}.");
    }

    private static StateConflictException NothingCalled(CounterSeat counter) =>
        new($"Counter {counter.Name} has no ticket called.", $"{counter.Name} belum memanggil nomor.");
}
