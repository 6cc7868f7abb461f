using Kiosk.Core.Sms;

namespace Kiosk.Core.Tests.Sms;

/// <summary>An SMS outbox that fails an enqueue on demand (a fault between a step's writes).</summary>
internal sealed class FaultingSmsOutbox(ISmsOutbox inner) : ISmsOutbox
{
    public bool FailNextEnqueue { get; set; }

    /// <summary>Fails the enqueue with this 1-based number (0: none).</summary>
    public int FailEnqueueNumber { get; set; }

    public int Enqueues { get; private set; }

    public bool Enqueue(OutgoingSms message)
    {
        Enqueues++;
        if (FailNextEnqueue || Enqueues == FailEnqueueNumber)
        {
            FailNextEnqueue = false;
            FailEnqueueNumber = 0;
            throw new IOException("injected: queuing the SMS failed");
        }

        return inner.Enqueue(message);
    }

    public IReadOnlyList<OutgoingSms> Due(DateTimeOffset now, int max) => inner.Due(now, max);

    public void Update(OutgoingSms message) => inner.Update(message);

    public OutgoingSms? Find(string id) => inner.Find(id);

    public int PendingCount() => inner.PendingCount();

    public IReadOnlyList<OutgoingSms> SentSince(DateTimeOffset since) => inner.SentSince(since);
}
