namespace Kiosk.Core.Sms.Inbox;

/// <summary>
/// Puts long messages back together from their parts, in any order of arrival. A message whose
/// parts do not all arrive within <c>partTimeout</c> is handled with what came, the gaps marked
/// "...", so a citizen's words are never dropped.
/// </summary>
public static class SmsAssembler
{
    public const string Gap = " ... ";

    /// <summary>
    /// The most parts a message may have (a long complaint is the normal case); a longer one is answered
    /// once that it is too long and nothing of it is acted on.
    /// </summary>
    public const int MaxParts = 10;

    /// <summary>Messages ready to handle among the pending parts, and the parts each is made of.</summary>
    public static IReadOnlyList<AssembledSms> Ready(IEnumerable<InboundPart> pending, DateTimeOffset now, TimeSpan partTimeout)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var ready = new List<AssembledSms>();
        foreach (var message in pending.Where(p => p.State == InboundState.Pending).GroupBy(p => p.MessageKey, StringComparer.Ordinal))
        {
            var parts = message
                .GroupBy(p => p.Sequence)
                .Select(g => g.First())
                .OrderBy(p => p.Sequence)
                .ToList();
            var total = parts[0].Total;
            var complete = parts.Count >= total;
            var expired = now - parts.Min(p => p.ReceivedAt) >= partTimeout;
            if (!complete && !expired)
            {
                continue;
            }

            var text = new System.Text.StringBuilder();
            for (var sequence = 1; sequence <= total; sequence++)
            {
                var part = parts.Find(p => p.Sequence == sequence);
                text.Append(part is null ? Gap : part.Text);
            }

            ready.Add(new AssembledSms(message.Key, parts[0].Sender, text.ToString().Trim(), parts.Min(p => p.SentAt), complete, [.. message.Select(p => p.Id)], total));
        }

        return [.. ready.OrderBy(m => m.SentAt)];
    }
}

/// <summary>A whole message, ready for the dispatcher; <paramref name="Total"/> is how many parts its sender's phone declared.</summary>
public sealed record AssembledSms(string Key, string Sender, string Text, DateTimeOffset SentAt, bool Complete, IReadOnlyList<string> PartIds, int Total = 1)
{
    public bool TooManyParts => Total > SmsAssembler.MaxParts;
}
