using Kiosk.Core.Storage;

namespace Kiosk.Core.Sms.Inbox;

/// <summary>
/// Hands every complete stored message to the dispatcher and queues its reply. One message is one
/// transaction: what the command did (a complaint filed, a ticket issued or cancelled), its reply
/// and the "processed" mark are stored together or not at all, so a message whose step failed is
/// handled again, whole, and never twice.
/// </summary>
public sealed class InboxProcessor
{
    private readonly ISmsInbox _inbox;
    private readonly ISmsOutbox _outbox;
    private readonly SmsDispatcher _dispatcher;
    private readonly IAtomicWrites _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _partTimeout;

    public InboxProcessor(ISmsInbox inbox, ISmsOutbox outbox, SmsDispatcher dispatcher, IAtomicWrites store, TimeProvider time, TimeSpan partTimeout)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
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
            var dispatch = _store.Atomically(() => Handle(message, now));
            results.Add(dispatch);
        }

        return results;
    }

    private SmsDispatch Handle(AssembledSms message, DateTimeOffset now)
    {
        var dispatch = message.TooManyParts
            ? _dispatcher.HandleTooManyParts(message.Sender, SmsAssembler.MaxParts)
            : _dispatcher.Handle(message.Sender, message.Text);
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
        return dispatch;
    }
}
