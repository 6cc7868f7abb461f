namespace Kiosk.Core.Sms.Inbox;

/// <summary>
/// Hands every complete stored message to the dispatcher and queues its reply. The reply's id
/// comes from the message, so handling a message again after a crash queues no second reply.
/// </summary>
public sealed class InboxProcessor
{
    private readonly ISmsInbox _inbox;
    private readonly ISmsOutbox _outbox;
    private readonly SmsDispatcher _dispatcher;
    private readonly TimeProvider _time;
    private readonly TimeSpan _partTimeout;

    public InboxProcessor(ISmsInbox inbox, ISmsOutbox outbox, SmsDispatcher dispatcher, TimeProvider time, TimeSpan partTimeout)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(time);
        _inbox = inbox;
        _outbox = outbox;
        _dispatcher = dispatcher;
        _time = time;
        _partTimeout = partTimeout;
    }

    /// <summary>Handles what is ready; returns the dispatch of each message, in order.</summary>
    public IReadOnlyList<SmsDispatch> ProcessPending()
    {
        var now = _time.GetUtcNow();
        var results = new List<SmsDispatch>();
        foreach (var message in SmsAssembler.Ready(_inbox.Pending(), now, _partTimeout))
        {
            var dispatch = _dispatcher.Handle(message.Sender, message.Text);
            if (dispatch is SmsDispatch.Reply reply)
            {
                _outbox.Enqueue(new OutgoingSms
                {
                    Id = "reply:" + message.Key,
                    To = reply.To,
                    Text = reply.Text,
                    Kind = OutgoingSmsKind.Reply,
                    QueuedAt = now,
                });
            }

            _inbox.MarkProcessed(message.PartIds);
            results.Add(dispatch);
        }

        return results;
    }
}
