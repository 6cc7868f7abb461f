namespace Kiosk.Core.Sms.Inbox;

/// <summary>Received messages, stored durably before the modem's copy is deleted.</summary>
public interface ISmsInbox
{
    /// <summary>Stores a part; false when the same part was stored before (nothing changes).</summary>
    bool Store(InboundPart part);

    /// <summary>Everything not yet handled, oldest first.</summary>
    IReadOnlyList<InboundPart> Pending();

    void MarkProcessed(IEnumerable<string> partIds);

    int Count(InboundState state);
}
