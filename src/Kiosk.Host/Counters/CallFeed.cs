using System.Threading.Channels;

namespace Kiosk.Host.Counters;

/// <summary>A call as it is announced: a new call or the same number called again.</summary>
public enum CallKind
{
    Call,
    Recall,
}

/// <summary>One announcement: what the display shows and speaks, and what a counter's number display shows.</summary>
public sealed record CallAnnouncement(
    string Code,
    string CounterName,
    string CounterId,
    DateTimeOffset At,
    long Sequence,
    CallKind Kind,
    CallAudio? Audio)
{
    public static Core.WireNames<CallKind> KindNames { get; } = new((CallKind.Call, "call"), (CallKind.Recall, "recall"));
}

/// <summary>
/// Every call, to any number of subscribers (the display's push, number displays): each subscriber
/// gets its own queue, so a slow one never holds up the others or the counter that called. Keeps
/// the latest calls for a display that connects later.
/// </summary>
public sealed class CallFeed
{
    /// <summary>How many calls are kept for late subscribers and the display's list.</summary>
    public const int Kept = 20;

    /// <summary>A subscriber that falls this far behind loses its oldest calls rather than memory.</summary>
    private const int SubscriberCapacity = 256;

    private readonly Lock _gate = new();
    private readonly LinkedList<CallAnnouncement> _latest = new();
    private readonly List<Channel<CallAnnouncement>> _subscribers = [];
    private long _sequence;

    /// <summary>The latest calls, newest first.</summary>
    public IReadOnlyList<CallAnnouncement> Latest(int count)
    {
        lock (_gate)
        {
            return [.. _latest.Take(count)];
        }
    }

    /// <summary>The call whose audio has <paramref name="key"/>, among those kept; null otherwise.</summary>
    public CallAudio? Audio(string key)
    {
        lock (_gate)
        {
            return _latest.Select(a => a.Audio).FirstOrDefault(a => a is not null && string.Equals(a.Key, key, StringComparison.Ordinal));
        }
    }

    /// <summary>Seeds the kept calls (oldest first) at start, from the day's tickets; sequences continue after them.</summary>
    public void Seed(IEnumerable<CallAnnouncement> oldestFirst)
    {
        ArgumentNullException.ThrowIfNull(oldestFirst);
        lock (_gate)
        {
            foreach (var call in oldestFirst)
            {
                Keep(call);
                _sequence = Math.Max(_sequence, call.Sequence);
            }
        }
    }

    /// <summary>Publishes a call; its sequence is assigned here (1, 2, ...).</summary>
    public CallAnnouncement Publish(string code, string counterName, string counterId, DateTimeOffset at, CallKind kind, CallAudio? audio)
    {
        lock (_gate)
        {
            var call = new CallAnnouncement(code, counterName, counterId, at, ++_sequence, kind, audio);
            Keep(call);
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(call);
            }

            return call;
        }
    }

    /// <summary>A new subscriber: every call published from now on, until disposed.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<CallAnnouncement>(new BoundedChannelOptions(SubscriberCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        return new Subscription(this, channel);
    }

    private void Keep(CallAnnouncement call)
    {
        _latest.AddFirst(call);
        while (_latest.Count > Kept)
        {
            _latest.RemoveLast();
        }
    }

    private void Unsubscribe(Channel<CallAnnouncement> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }

    /// <summary>One subscriber's calls; dispose to stop receiving.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly CallFeed _feed;
        private readonly Channel<CallAnnouncement> _channel;

        internal Subscription(CallFeed feed, Channel<CallAnnouncement> channel)
        {
            _feed = feed;
            _channel = channel;
        }

        public ChannelReader<CallAnnouncement> Calls => _channel.Reader;

        public void Dispose() => _feed.Unsubscribe(_channel);
    }
}
