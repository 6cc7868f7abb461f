using Kiosk.Core.Storage;
using Kiosk.Host.Admin;

namespace Kiosk.Host.Sync;

/// <summary>
/// What <c>kiosk sync quarantine list | retry | drop</c> does: each change is one transaction,
/// then written to the journal and, for a drop, to the audit log.
/// </summary>
public sealed partial class SyncQuarantine
{
    private readonly IOutbox _outbox;
    private readonly IAtomicWrites _store;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;
    private readonly ILogger<SyncQuarantine> _logger;

    public SyncQuarantine(IOutbox outbox, IAtomicWrites store, AuditLog audit, TimeProvider time, ILogger<SyncQuarantine> logger)
    {
        _outbox = outbox;
        _store = store;
        _audit = audit;
        _time = time;
        _logger = logger;
    }

    public IReadOnlyList<QuarantinedEvent> List() => _outbox.Quarantined();

    /// <summary>Puts the event (and what its record set aside behind it) back in the queue; 0 when no quarantined event has that id.</summary>
    public int Retry(Guid eventId, string by)
    {
        var requeued = _store.Atomically(() => _outbox.Requeue(eventId));
        if (requeued > 0)
        {
            LogRetried(eventId, requeued, by);
            _audit.Write("sync.quarantine.retry", by, $"event={eventId} requeued={requeued}");
        }

        return requeued;
    }

    /// <summary>Gives the event up for good; null when no quarantined event has that id.</summary>
    public QuarantinedEvent? Drop(Guid eventId, string by)
    {
        var dropped = _store.Atomically(() => _outbox.Drop(eventId, _time.GetUtcNow()));
        if (dropped is not null)
        {
            LogDropped(eventId, dropped.Type, dropped.AggregateType, dropped.AggregateId, dropped.Reason, by);
            _audit.Write("sync.quarantine.drop", by, $"event={eventId} type={dropped.Type} {dropped.AggregateType}={dropped.AggregateId} sequence={dropped.Sequence} reason=\"{dropped.Reason}\"");
        }

        return dropped;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quarantined sync event {EventId} put back in the queue ({Requeued} event(s)) by {By}")]
    private partial void LogRetried(Guid eventId, int requeued, string by);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined sync event {EventId} ({Type} of {AggregateType} {AggregateId}) dropped by {By}; it will never reach upstream. Its reason was: {Reason}")]
    private partial void LogDropped(Guid eventId, string type, string aggregateType, string aggregateId, string reason, string by);
}
