namespace Kiosk.Core.Sms;

/// <summary>Messages waiting for the modem, kept across restarts.</summary>
public interface ISmsOutbox
{
    /// <summary>Queues a message; false when one with the same id was queued before (nothing changes).</summary>
    bool Enqueue(OutgoingSms message);

    /// <summary>Pending messages due at <paramref name="now"/>, oldest first.</summary>
    IReadOnlyList<OutgoingSms> Due(DateTimeOffset now, int max);

    void Update(OutgoingSms message);

    OutgoingSms? Find(string id);

    int PendingCount();

    /// <summary>Messages sent since a time (to match delivery reports).</summary>
    IReadOnlyList<OutgoingSms> SentSince(DateTimeOffset since);
}
