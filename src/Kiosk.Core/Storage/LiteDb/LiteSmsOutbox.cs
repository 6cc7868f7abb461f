using Kiosk.Core.Sms;
using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>Outgoing SMS in LiteDB, keyed by their idempotency id.</summary>
public sealed class LiteSmsOutbox : ISmsOutbox
{
    internal const string Collection = "sms_out";
    private readonly LiteKioskDatabase _db;

    public LiteSmsOutbox(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;

        // The gateway asks for due messages every second; sent ones stay until the retention purge.
        _db.Database.GetCollection<OutgoingSms>(Collection).EnsureIndex(m => m.State);
    }

    public bool Enqueue(OutgoingSms message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _db.Write(db =>
        {
            var messages = db.GetCollection<OutgoingSms>(Collection);
            if (messages.FindById(message.Id) is not null)
            {
                return false;
            }

            messages.Insert(message);
            return true;
        });
    }

    public IReadOnlyList<OutgoingSms> Due(DateTimeOffset now, int max) =>
        [.. _db.Database.GetCollection<OutgoingSms>(Collection)
            .Find(Query.EQ(nameof(OutgoingSms.State), nameof(OutgoingSmsState.Pending)))
            .Where(m => m.NextAttemptAt is null || m.NextAttemptAt <= now)
            .OrderBy(m => m.QueuedAt)
            .Take(max)];

    public void Update(OutgoingSms message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _db.Write(db => db.GetCollection<OutgoingSms>(Collection).Update(message));
    }

    public OutgoingSms? Find(string id) => _db.Database.GetCollection<OutgoingSms>(Collection).FindById(id);

    public IReadOnlyList<OutgoingSms> SentSince(DateTimeOffset since) =>
        [.. _db.Database.GetCollection<OutgoingSms>(Collection)
            .Find(Query.EQ(nameof(OutgoingSms.State), nameof(OutgoingSmsState.Sent)))
            .Where(m => m.SentAt >= since)];

    public int PendingCount() =>
        _db.Database.GetCollection<OutgoingSms>(Collection).Count(Query.EQ(nameof(OutgoingSms.State), nameof(OutgoingSmsState.Pending)));
}
