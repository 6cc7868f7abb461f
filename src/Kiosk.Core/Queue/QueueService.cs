using Kiosk.Core.Configuration;
using Kiosk.Core.Identity;
using Kiosk.Core.Storage;
using Kiosk.Core.Validation;

namespace Kiosk.Core.Queue;

/// <summary>Issues tickets, calls them to counters and closes them.</summary>
public sealed partial class QueueService
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
}
