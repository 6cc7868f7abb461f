namespace Kiosk.Core.Sms.Guards;

/// <summary>A ledger in memory, for tests and for a demo without storage; forgets everything on restart.</summary>
public sealed class InMemoryReplyLedger : IReplyLedger
{
    private readonly Lock _gate = new();
    private readonly List<(string Number, DateTimeOffset SentAtUtc)> _sent = [];

    public void Record(string number, DateTimeOffset sentAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        lock (_gate)
        {
            _sent.Add((number, sentAtUtc.ToUniversalTime()));
        }
    }

    public int CountSince(string number, DateTimeOffset sinceUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        lock (_gate)
        {
            return _sent.Count(entry => entry.SentAtUtc >= sinceUtc && string.Equals(entry.Number, number, StringComparison.Ordinal));
        }
    }

    public int CountAllSince(DateTimeOffset sinceUtc)
    {
        lock (_gate)
        {
            return _sent.Count(entry => entry.SentAtUtc >= sinceUtc);
        }
    }
}
