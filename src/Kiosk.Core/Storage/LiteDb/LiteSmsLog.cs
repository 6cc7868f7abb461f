using System.Globalization;
using Kiosk.Core.Identity;
using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Inbox;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>
/// The SMS traffic for technicians: received messages (<c>sms_in</c>, a long one's parts joined)
/// and queued, sent or failed ones (<c>sms_out</c>), newest last. Read-only; what the retention
/// purge removed is gone.
/// </summary>
public sealed class LiteSmsLog
{
    private readonly LiteKioskDatabase _db;

    public LiteSmsLog(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>The newest <paramref name="limit"/> messages since <paramref name="since"/> (all when null), to or from <paramref name="number"/> (any when null), oldest first.</summary>
    public IReadOnlyList<SmsLogEntry> Read(DateTimeOffset? since, string? number, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var wanted = number is null ? null : PhoneNumber.Comparable(number);
        var inbound = _db.Database.GetCollection<InboundPart>(LiteSmsInbox.Collection).FindAll()
            .GroupBy(p => p.MessageKey, StringComparer.Ordinal)
            .Select(Inbound);
        var outbound = _db.Database.GetCollection<OutgoingSms>(LiteSmsOutbox.Collection).FindAll().Select(Outbound);
        return [.. inbound.Concat(outbound)
            .Where(e => since is null || e.At >= since)
            .Where(e => wanted is null || PhoneNumber.Comparable(e.Number) == wanted)
            .OrderByDescending(e => e.At)
            .Take(limit)
            .Reverse()];
    }

    private static SmsLogEntry Inbound(IGrouping<string, InboundPart> message)
    {
        var parts = message.OrderBy(p => p.Sequence).ToList();
        var first = parts[0];
        var state = parts.Any(p => p.State == InboundState.Malformed) ? SmsLogStates.Malformed
            : parts.All(p => p.State == InboundState.Processed) ? SmsLogStates.Handled
            : SmsLogStates.Received;
        var detail = parts.Select(p => p.Error).FirstOrDefault(e => e is not null)
            ?? (first.Total > 1 ? string.Create(CultureInfo.InvariantCulture, $"{parts.Count}/{first.Total} parts") : null);
        return new SmsLogEntry(parts.Min(p => p.ReceivedAt), SmsDirection.In, first.Sender, state, detail, string.Concat(parts.Select(p => p.Text ?? "")));
    }

    private static SmsLogEntry Outbound(OutgoingSms m)
    {
        var state = m.State switch
        {
            OutgoingSmsState.Sent when m.DeliveredAt is not null => SmsLogStates.Delivered,
            OutgoingSmsState.Sent => SmsLogStates.Sent,
            OutgoingSmsState.Failed => SmsLogStates.Failed,
            _ when m.Attempts > 0 => SmsLogStates.Retrying,
            _ => SmsLogStates.Queued,
        };
        var detail = m.State == OutgoingSmsState.Sent
            ? m.MessageReference is { } reference ? string.Create(CultureInfo.InvariantCulture, $"ref {reference}") : null
            : m.LastError is { } error ? string.Create(CultureInfo.InvariantCulture, $"{error} (attempt {m.Attempts})") : null;
        return new SmsLogEntry(m.SentAt ?? m.QueuedAt, SmsDirection.Out, m.To, state, detail, m.Text ?? "");
    }
}
