using Kiosk.Core.Counters;
using Kiosk.Core.Queue;
using Kiosk.Core.Sms;
using Kiosk.Core.Storage;
using Kiosk.Core.Validation;

namespace Kiosk.Host.Counters;

/// <summary>
/// What a counter does, by counter id: the staff API and the GPIO call buttons both act through
/// here. Each action is one store transaction (the ticket changes and the resident's SMS notice);
/// after it commits, a call is rendered by the voice and published on the <see cref="CallFeed"/>.
/// </summary>
public sealed partial class CounterDesk
{
    private readonly QueueService _queue;
    private readonly CounterRegistry _registry;
    private readonly IAtomicWrites _atomic;
    private readonly CalledNotifier _called;
    private readonly TurnNearNotifier _turnNear;
    private readonly CallFeed _feed;
    private readonly ICallVoice _voice;
    private readonly TimeProvider _time;
    private readonly ILogger<CounterDesk> _logger;

    public CounterDesk(QueueService queue, CounterRegistry registry, IAtomicWrites atomic, CalledNotifier called, TurnNearNotifier turnNear, CallFeed feed, ICallVoice voice, TimeProvider time, ILogger<CounterDesk> logger)
    {
        _queue = queue;
        _registry = registry;
        _atomic = atomic;
        _called = called;
        _turnNear = turnNear;
        _feed = feed;
        _voice = voice;
        _time = time;
        _logger = logger;
    }

    /// <summary>Closes the counter's current ticket as served and calls the next (of <paramref name="service"/> only, when given).</summary>
    public Task<CallOutcome> CallNextAsync(string counterId, string? service, CancellationToken cancellationToken)
    {
        var seat = Seat(counterId);
        return AfterCallAsync(seat, _atomic.Atomically(() => Notified(seat, _queue.CallNext(seat, service))), cancellationToken);
    }

    /// <summary>Calls the waiting ticket <paramref name="code"/> out of order.</summary>
    public Task<CallOutcome> CallSpecificAsync(string counterId, string code, CancellationToken cancellationToken)
    {
        var seat = Seat(counterId);
        return AfterCallAsync(seat, _atomic.Atomically(() => Notified(seat, _queue.CallSpecific(seat, code))), cancellationToken);
    }

    /// <summary>Announces the counter's current ticket again (no SMS: the resident was texted at the call).</summary>
    public async Task<Ticket> RecallAsync(string counterId, CancellationToken cancellationToken)
    {
        var seat = Seat(counterId);
        var ticket = _queue.Recall(seat);
        await AnnounceAsync(seat, ticket, CallKind.Recall, cancellationToken);
        return ticket;
    }

    public Task<Ticket> ServedAsync(string counterId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Closed(_queue.Close(Seat(counterId), TicketState.Served)));
    }

    public Task<Ticket> NoShowAsync(string counterId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Closed(_queue.Close(Seat(counterId), TicketState.NoShow)));
    }

    /// <summary>Moves the counter's current ticket (or the waiting <paramref name="code"/>) to <paramref name="toService"/>, keeping its place in time.</summary>
    public Task<Ticket> TransferAsync(string counterId, string toService, string? code, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Closed(_queue.Transfer(Seat(counterId), toService, code)));
    }

    /// <summary>The counter's queue view: its current ticket, who waits for its services, today's figures.</summary>
    public CounterView View(string counterId)
    {
        var seat = Seat(counterId);
        return new CounterView(seat, _queue.Current(seat), _queue.WaitingFor(seat), _queue.StatsFor(seat.Name));
    }

    /// <summary>The counter as a seat at the queue; 404 when no counter has that id.</summary>
    public CounterSeat Seat(string counterId)
    {
        var counter = _registry.Find(counterId);
        if (counter is null || counter.Kind != StaffDeviceKind.Counter)
        {
            throw new NotFoundException(counterId ?? "");
        }

        return new CounterSeat(counter.Name, counter.Services);
    }

    private CallOutcome Notified(CounterSeat seat, CallOutcome outcome)
    {
        if (outcome.Called is { } called)
        {
            _called.Notify(called, seat.Name);
        }

        return outcome;
    }

    private async Task<CallOutcome> AfterCallAsync(CounterSeat seat, CallOutcome outcome, CancellationToken cancellationToken)
    {
        _turnNear.Check();
        if (outcome.Called is { } called)
        {
            await AnnounceAsync(seat, called, CallKind.Call, cancellationToken);
        }

        return outcome;
    }

    private Ticket Closed(Ticket ticket)
    {
        _turnNear.Check();
        return ticket;
    }

    private async Task AnnounceAsync(CounterSeat seat, Ticket ticket, CallKind kind, CancellationToken cancellationToken)
    {
        CallAudio? audio = null;
        if (_voice.Available)
        {
            try
            {
                // The call is stored already: a voice that fails costs the sound, never the call.
                audio = await _voice.RenderAsync(ticket.Code, seat.Name, cancellationToken);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
            {
                LogVoiceFailed(_logger, ticket.Code, e);
            }
        }

        _feed.Publish(ticket.Code, seat.Name, CounterRegistry.Slug(seat.Name), _time.GetUtcNow(), kind, audio);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The call of {TicketCode} shows without voice: rendering failed")]
    private static partial void LogVoiceFailed(ILogger logger, string ticketCode, Exception exception);
}

/// <summary>What the counter page shows.</summary>
public sealed record CounterView(CounterSeat Seat, Ticket? Current, IReadOnlyList<WaitingTicket> Waiting, CounterStats Stats);
