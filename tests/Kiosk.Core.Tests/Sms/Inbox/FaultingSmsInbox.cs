using Kiosk.Core.Sms.Inbox;

namespace Kiosk.Core.Tests.Sms.Inbox;

/// <summary>An inbox that fails the next "processed" mark on demand (a fault between a step's writes).</summary>
internal sealed class FaultingSmsInbox(ISmsInbox inner) : ISmsInbox
{
    public bool FailNextMark { get; set; }

    public bool Store(InboundPart part) => inner.Store(part);

    public IReadOnlyList<InboundPart> Pending() => inner.Pending();

    public void MarkProcessed(IEnumerable<string> partIds)
    {
        if (FailNextMark)
        {
            FailNextMark = false;
            throw new IOException("injected: marking the message processed failed");
        }

        inner.MarkProcessed(partIds);
    }

    public int Count(InboundState state) => inner.Count(state);
}
