using Kiosk.Core.Queue;

namespace Kiosk.Core.Sms;

/// <summary>
/// Texts a resident who gave a phone "Nomor A-007 dipanggil ke Loket 1" when the ticket is called.
/// Once per ticket: the message id is the ticket's, so a recall, or a call after a transfer, queues nothing.
/// </summary>
public sealed class CalledNotifier
{
    private readonly ISmsOutbox _outbox;
    private readonly SmsDispatcher _dispatcher;
    private readonly TimeProvider _time;

    public CalledNotifier(ISmsOutbox outbox, SmsDispatcher dispatcher, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(time);
        _outbox = outbox;
        _dispatcher = dispatcher;
        _time = time;
    }

    /// <summary>Queues the notice for <paramref name="called"/>; false when it has no phone or was texted before.</summary>
    public bool Notify(Ticket called, string counterName)
    {
        ArgumentNullException.ThrowIfNull(called);
        ArgumentNullException.ThrowIfNull(counterName);
        return called.Phone is not null && _outbox.Enqueue(new OutgoingSms
        {
            Id = "called:" + called.Id,
            To = called.Phone,
            Text = _dispatcher.Called(called, counterName),
            Kind = OutgoingSmsKind.Called,
            QueuedAt = _time.GetUtcNow(),
        });
    }
}
