using Kiosk.Core.Configuration;
using Kiosk.Core.Identity;
using Kiosk.Core.Storage;
using Kiosk.Core.Validation;

namespace Kiosk.Core.Queue;

/// <summary>Issues tickets, calls them to counters and closes them; the counters' actions (call next, recall, close, transfer, call out of order).</summary>
public sealed class QueueService
{
    private const string AggregateType = "ticket";
    private readonly OfficeProfile _office;
    private readonly ITicketStore _store;
    private readonly TimeProvider _time;
    private readonly INumberingFloor _floor;
    private readonly Lock _gate = new();

    /// <summary>
    /// A queue over <paramref name="store"/>; <paramref name="floor"/> keeps issued numbers and the
    /// clock's high-water mark outside the store (in memory when null).
    /// </summary>
    public QueueService(OfficeProfile office, ITicketStore store, TimeProvider time, INumberingFloor? floor = null)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _office = office;
        _store = store;
        _time = time;
        _floor = floor ?? new InMemoryNumberingFloor();
    }

    /// <summary>The office's local day now.</summary>
    public DateOnly Today => _office.LocalDay(Now());

    public IssuedTicket Issue(TicketRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        var service = string.IsNullOrWhiteSpace(request.Service) ? null : _office.FindService(request.Service);
        if (service is null)
        {
            errors.Add(string.IsNullOrWhiteSpace(request.Service)
                ? new FieldError("service", "required", "Pilih layanan.")
                : new FieldError("service", "unknown", $"Layanan tidak dikenal. Pilih salah satu: {string.Join(", ", _office.Services.Select(s => s.Code))}."));
        }

        if (!Enum.IsDefined(request.Priority))
        {
            errors.Add(new FieldError("priority", "unknown", "Pilihan prioritas tidak dikenal."));
        }

        var phone = OptionalIdentity.Phone(request.Phone, "phone", errors);

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return _store.InTransaction(() => IssueLocked(request, service!, phone));
    }

    private IssuedTicket IssueLocked(TicketRequest request, OfficeService service, string? phone)
    {
        lock (_gate)
        {
            var now = Now();
            var day = _office.LocalDay(now);
            var ticket = _store.Issue(
                day,
                service.Code,
                _floor.Last(day, service.Code),
                number =>
                {
                    var code = Ticket.FormatCode(service.Code, number);
                    return new Ticket
                    {
                        Id = Ticket.FormatId(day, code),
                        ServiceDay = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        Code = code,
                        Service = service.Code,
                        Number = number,
                        Priority = request.Priority,
                        Channel = request.Channel,
                        Phone = phone,
                        State = TicketState.Waiting,
                        IssuedAt = now,
                    };
                },
                t => Event("ticket.issued", t, now));

            // On disk before the number is answered: a store that later loses this ticket still never
            // reissues it. After the commit, not before: a floor above a rolled-back ticket would make
            // the next start refuse the store as behind it.
            _store.WhenCommitted(() => _floor.Record(day, ticket.Service, ticket.Number, now));
            var (ahead, wait) = EstimateLocked(ticket, day);
            return new IssuedTicket(ticket, ahead, wait);
        }
    }

    /// <summary>Today's ticket by its code (A-017, a17, ...), or null.</summary>
    public Ticket? Find(string code)
    {
        var normalised = TicketCode.Normalise(code);
        return normalised is null ? null : _store.Find(Today, normalised);
    }

    /// <summary>Today's waiting ticket that <paramref name="phone"/> (E.164) took for a service, or null.</summary>
    public Ticket? WaitingFor(string phone, string service) =>
        _store.ListDay(Today).FirstOrDefault(t => t.State == TicketState.Waiting && t.Phone == phone && t.Service == service);

    /// <summary>Today's waiting tickets taken by SMS (they have a phone to text).</summary>
    public IReadOnlyList<Ticket> WaitingRemote() =>
        [.. _store.ListDay(Today).Where(t => t.State == TicketState.Waiting && t.Channel == Channel.Sms && t.Phone is not null)];

    /// <summary>A ticket of any day by its id (<c>2026-11-23/A-017</c>), or null.</summary>
    public Ticket? FindById(string id)
    {
        var parts = id?.Split('/', 2);
        if (parts is not { Length: 2 } || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            return null;
        }

        return TicketCode.Normalise(parts[1]) is { } code ? _store.Find(day, code) : null;
    }

    /// <summary>People ahead of a waiting ticket and the estimated wait; zero once it is called.</summary>
    public (int PeopleAhead, int EstimatedWaitMinutes) Estimate(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_gate)
        {
            return EstimateLocked(ticket, DateOnly.ParseExact(ticket.ServiceDay, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public Ticket MarkServed(string code) => Finish(code, TicketState.Served, "ticket.served", TicketState.Called);

    public Ticket MarkNoShow(string code) => Finish(code, TicketState.NoShow, "ticket.no_show", TicketState.Called);

    /// <summary>Cancels a waiting ticket; with <paramref name="byPhone"/> only the phone that took it may.</summary>
    public Ticket Cancel(string code, string? byPhone = null) => _store.InTransaction(() =>
    {
        lock (_gate)
        {
            var ticket = FindOrThrow(code);
            if (byPhone is not null && !string.Equals(ticket.Phone, byPhone, StringComparison.Ordinal))
            {
                throw new StateConflictException("Ticket belongs to another phone.", "Tiket ini bukan milik nomor Anda.");
            }

            return FinishLocked(ticket, TicketState.Cancelled, "ticket.cancelled", TicketState.Waiting);
        }
    });

    private Ticket Finish(string code, TicketState to, string eventType, TicketState from) => _store.InTransaction(() =>
    {
        lock (_gate)
        {
            return FinishLocked(FindOrThrow(code), to, eventType, from);
        }
    });

    private Ticket FinishLocked(Ticket ticket, TicketState to, string eventType, TicketState from)
    {
        if (ticket.State != from)
        {
            throw new StateConflictException(
                $"Ticket {ticket.Code} is {ticket.State}, not {from}.",
                $"Tiket {ticket.Code} sudah berstatus {TicketStateNames.Indonesian(ticket.State)}.");
        }

        var now = Now();
        var changed = ticket with { State = to, FinishedAt = now, Version = ticket.Version + 1 };
        _store.Save(changed, Event(eventType, changed, now));
        return changed;
    }

    private Ticket FindOrThrow(string code)
    {
        var normalised = TicketCode.Normalise(code)
            ?? throw new DomainValidationException(new FieldError("code", "malformed", "Nomor antrian tidak dikenali. Contoh: A-017."));
        return _store.Find(Today, normalised) ?? throw new NotFoundException(normalised);
    }

    private (int PeopleAhead, int EstimatedWaitMinutes) EstimateLocked(Ticket ticket, DateOnly day)
    {
        if (ticket.State != TicketState.Waiting)
        {
            return (0, 0);
        }

        var today = _store.ListDay(day);
        var waiting = today.Where(t => t.State == TicketState.Waiting && t.Service == ticket.Service).ToList();
        var order = CallingOrder.Sequence(waiting, PriorityStreak(today), _office.MaxPriorityInARow);
        var ahead = 0;
        foreach (var t in order)
        {
            if (t.Id == ticket.Id)
            {
                break;
            }

            ahead++;
        }

        var service = _office.FindService(ticket.Service);
        var perPerson = WaitEstimator.MinutesPerPerson(today, ticket.Service, service?.DefaultMinutes ?? 10);
        return (ahead, WaitEstimator.EstimateMinutes(ahead, perPerson));
    }

    /// <summary>The clock, never earlier than the latest issue time on record (a clock set back does not move numbering or order back).</summary>
    private DateTimeOffset Now()
    {
        var now = _time.UtcNowMs();
        return _floor.ClockMark is { } mark && mark > now ? mark : now;
    }

    private static int PriorityStreak(IEnumerable<Ticket> today) =>
        CallingOrder.StreakOf(today.Where(t => t.CallSequence > 0).OrderBy(t => t.CallSequence));

    private static OutboxEvent Event(string type, Ticket ticket, DateTimeOffset at) =>
        OutboxEvents.Create(type, AggregateType, ticket.Id, ticket.Version, at, TicketSnapshot.Of(ticket));

    // The staff side: what a counter does with tickets (see docs/counters.md). Each action is one store
    // transaction, joining an IAtomicWrites.Atomically step, so an SMS notice queued beside it is stored with it.

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
