using Kiosk.Core.Queue;

namespace Kiosk.Core.Sms;

/// <summary>
/// Texts a citizen who took a number by SMS once only <see cref="Threshold"/> people are ahead.
/// Runs after every call, cancel or no-show; the message id makes it once per ticket.
/// </summary>
public sealed class TurnNearNotifier
{
    public const int Threshold = 3;

    private readonly QueueService _queue;
    private readonly ISmsOutbox _outbox;
    private readonly SmsDispatcher _dispatcher;
    private readonly TimeProvider _time;

    public TurnNearNotifier(QueueService queue, ISmsOutbox outbox, SmsDispatcher dispatcher, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(time);
        _queue = queue;
        _outbox = outbox;
        _dispatcher = dispatcher;
        _time = time;
    }

    /// <summary>Queues the notice for every remote ticket that is now near; returns how many were queued.</summary>
    public int Check()
    {
        var queued = 0;
        foreach (var ticket in _queue.WaitingRemote())
        {
            var (ahead, _) = _queue.Estimate(ticket);
            if (ahead > Threshold)
            {
                continue;
            }

            if (_outbox.Enqueue(new OutgoingSms
            {
                Id = "near:" + ticket.Id,
                To = ticket.Phone!,
                Text = _dispatcher.TurnNear(ticket, ahead),
                Kind = OutgoingSmsKind.TurnNear,
                QueuedAt = _time.GetUtcNow(),
            }))
            {
                queued++;
            }
        }

        return queued;
    }
}
