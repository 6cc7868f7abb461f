using Kiosk.Core.Sms.Inbox;
using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>Received SMS parts in LiteDB.</summary>
public sealed class LiteSmsInbox : ISmsInbox
{
    internal const string Collection = "sms_in";
    private readonly LiteKioskDatabase _db;

    public LiteSmsInbox(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _db.Database.GetCollection<InboundPart>(Collection).EnsureIndex(p => p.State);
    }

    public bool Store(InboundPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return _db.Write(db =>
        {
            var parts = db.GetCollection<InboundPart>(Collection);
            if (parts.FindById(part.Id) is not null)
            {
                return false;
            }

            parts.Insert(part);
            return true;
        });
    }

    public IReadOnlyList<InboundPart> Pending() =>
        [.. _db.Database.GetCollection<InboundPart>(Collection)
            .Find(Query.EQ(nameof(InboundPart.State), nameof(InboundState.Pending)))
            .OrderBy(p => p.ReceivedAt)];

    public void MarkProcessed(IEnumerable<string> partIds)
    {
        ArgumentNullException.ThrowIfNull(partIds);
        var ids = partIds.ToList();
        _db.Write(db =>
        {
            var parts = db.GetCollection<InboundPart>(Collection);
            foreach (var id in ids)
            {
                if (parts.FindById(id) is { } part)
                {
                    parts.Update(part with { State = InboundState.Processed });
                }
            }

            return true;
        });
    }

    public int Count(InboundState state) =>
        _db.Database.GetCollection<InboundPart>(Collection).Count(Query.EQ(nameof(InboundPart.State), state.ToString()));
}
