using System.Text.Json;
using Kiosk.Core.Complaints;
using Kiosk.Core.Sms;
using Kiosk.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Core.Sync;

/// <summary>
/// One step at a time of the sync contract: push the oldest pending outbox events, pull complaint
/// status updates since the cursor, apply them and queue the complainant's SMS. The worker in the
/// host decides when to call it and how long to wait; this class decides what each answer means.
/// </summary>
public sealed partial class SyncEngine
{
    private readonly IUpstreamClient _client;
    private readonly IOutbox _outbox;
    private readonly ComplaintService _complaints;
    private readonly ISyncStateStore _state;
    private readonly IAtomicWrites _store;
    private readonly ISmsOutbox _sms;
    private readonly Func<Complaint, string> _statusNotice;
    private readonly TimeProvider _time;
    private readonly int _batchSize;
    private readonly ILogger _logger;
    private int _currentBatch;
    private long _answers;

    public SyncEngine(IUpstreamClient client, IOutbox outbox, ComplaintService complaints, ISyncStateStore state, IAtomicWrites store, ISmsOutbox sms, Func<Complaint, string> statusNotice, TimeProvider time, int batchSize, ILogger<SyncEngine>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(sms);
        ArgumentNullException.ThrowIfNull(statusNotice);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _client = client;
        _outbox = outbox;
        _complaints = complaints;
        _state = state;
        _store = store;
        _sms = sms;
        _statusNotice = statusNotice;
        _time = time;
        _batchSize = batchSize;
        _currentBatch = batchSize;
        _logger = logger ?? NullLogger<SyncEngine>.Instance;
    }

    public const int PullLimit = 200;

    public SyncState State => _state.Load();

    /// <summary>How many 200 answers (push or pull) this engine has had; the worker resets its backoff when it moves.</summary>
    public long Answers => Interlocked.Read(ref _answers);

    /// <summary>Pushes one batch of the oldest pending events.</summary>
    public async Task<SyncStep> PushOnceAsync(CancellationToken ct)
    {
        var batch = new List<OutboxEvent>();
        var pending = _outbox.Pending(_currentBatch);
        var blocked = _outbox.WithQuarantined(pending);
        foreach (var e in pending)
        {
            if (blocked.Contains((e.AggregateType, e.AggregateId)))
            {
                // Upstream would answer sequence_gap for ever: set it aside with its predecessor.
                Quarantine(e, QuarantinedEvent.BlockedReason);
                continue;
            }

            batch.Add(e);
        }

        if (batch.Count == 0)
        {
            return HasPending ? new SyncStep.Continue() : new SyncStep.Idle();
        }

        var started = _time.GetTimestamp();
        var outcome = await _client.PushAsync([.. batch.Select(ToUpstream)], ct);
        switch (outcome)
        {
            case UpstreamOutcome<PushAnswer>.Answered { Answer: PushAnswer.Delivered ok }:
                return Delivered(batch, ok.Results, started);
            case UpstreamOutcome<PushAnswer>.Answered { Answer: PushAnswer.BadBatch bad } when batch.Count == 1:
                Quarantine(batch[0], $"rejected: {bad.Error} {bad.Message}".Trim());
                LogBatch(1, 0, 1, (long)_time.GetElapsedTime(started).TotalMilliseconds);
                return new SyncStep.Continue();
            case UpstreamOutcome<PushAnswer>.Answered { Answer: PushAnswer.TooLarge } when batch.Count == 1:
                Quarantine(batch[0], $"rejected: {RejectReasons.TooLarge}");
                LogBatch(1, 0, 1, (long)_time.GetElapsedTime(started).TotalMilliseconds);
                return new SyncStep.Continue();
            case UpstreamOutcome<PushAnswer>.Answered { Answer: PushAnswer.BadBatch or PushAnswer.TooLarge }:
                _currentBatch = Math.Max(1, batch.Count / 2);
                return new SyncStep.Continue();
            case UpstreamOutcome<PushAnswer>.RetryLater retry:
                return Failed(new SyncStep.Retry($"push: {retry.Reason}{(retry.StatusCode is { } code ? $" ({code})" : "")}", retry.RetryAfter));
            case UpstreamOutcome<PushAnswer>.Unauthorized denied:
                return Unauthorized(denied.Failure);
            case UpstreamOutcome<PushAnswer>.Unexpected unexpected:
                return Failed(new SyncStep.Halt($"push: unexpected answer {unexpected.StatusCode} {unexpected.Error}".Trim()));
            default:
                throw new InvalidOperationException($"Unknown push outcome {outcome}.");
        }
    }

    /// <summary>Pulls one page of status updates, applies them, then stores the new cursor.</summary>
    public async Task<SyncStep> PullOnceAsync(CancellationToken ct)
    {
        var state = _state.Load();
        var outcome = await _client.PullAsync(state.Cursor, PullLimit, ct);
        switch (outcome)
        {
            case UpstreamOutcome<PullAnswer>.Answered { Answer: PullAnswer.Page ok }:
                Interlocked.Increment(ref _answers);

                // One transaction per page: its status changes, their SMS notices and the cursor
                // past them are stored together, so a crash or a failure pulls the page again and
                // nothing of it is half applied (applying an update twice would change nothing anyway).
                _store.Atomically(() =>
                {
                    foreach (var update in ok.Updates)
                    {
                        ApplyInTransaction(update);
                    }

                    _state.Save(_state.Load() with { Cursor = ok.Cursor ?? state.Cursor, LastSuccessAt = Now, LastError = null, Unauthorized = false });
                    return true;
                });
                return ok.More ? new SyncStep.Continue() : new SyncStep.Idle();
            case UpstreamOutcome<PullAnswer>.Answered { Answer: PullAnswer.InvalidCursor }:
                _state.Save(state with { Cursor = null });
                return new SyncStep.Continue();
            case UpstreamOutcome<PullAnswer>.RetryLater retry:
                return Failed(new SyncStep.Retry($"pull: {retry.Reason}{(retry.StatusCode is { } code ? $" ({code})" : "")}", retry.RetryAfter));
            case UpstreamOutcome<PullAnswer>.Unauthorized denied:
                return Unauthorized(denied.Failure);
            case UpstreamOutcome<PullAnswer>.Unexpected unexpected:
                return Failed(new SyncStep.Halt($"pull: unexpected answer {unexpected.StatusCode} {unexpected.Error}".Trim()));
            default:
                throw new InvalidOperationException($"Unknown pull outcome {outcome}.");
        }
    }

    /// <summary>Applies one update from upstream; returns the changed complaint or null when nothing changed.</summary>
    public Complaint? Apply(StatusUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return _store.Atomically(() => ApplyInTransaction(update));
    }

    /// <summary>The status change and its notice, in the caller's transaction.</summary>
    private Complaint? ApplyInTransaction(StatusUpdate update)
    {
        if (!TrackingCode.TryParse(update.TrackingCode, out var code) || !ComplaintStatusNames.TryParse(update.Status, out var status))
        {
            return null;
        }

        if (_complaints.Find(code) is null)
        {
            return null;
        }

        var changed = _complaints.ChangeStatus(code, status, update.At, update.Note);
        if (changed?.Phone is { } phone)
        {
            _sms.Enqueue(new OutgoingSms
            {
                Id = $"status:{code.Grouped}:{changed.Version}",
                To = phone,
                Text = _statusNotice(changed),
                Kind = OutgoingSmsKind.StatusNotice,
                QueuedAt = Now,
            });
        }

        return changed;
    }

    private SyncStep Delivered(List<OutboxEvent> batch, IReadOnlyList<EventResult> results, long started)
    {
        Interlocked.Increment(ref _answers);

        // One transaction for the answer: events leave the pending list together with what they
        // mean here (a complaint becomes TERKIRIM), so a crash or failure between them leaves
        // the events pending, to be pushed again (upstream answers duplicate) and applied whole.
        var (delivered, quarantined) = _store.Atomically(() => ApplyDelivered(batch, results));

        // Logged once committed: a rolled-back answer quarantined nothing.
        foreach (var (e, reason) in quarantined)
        {
            LogQuarantined(e.Id, e.Type, e.AggregateType, e.AggregateId, reason);
        }

        LogBatch(batch.Count, delivered, quarantined.Count, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        _currentBatch = _batchSize;
        if (delivered == 0 && quarantined.Count == 0)
        {
            // Everything came back as sequence_gap or without an answer: wait rather than spin.
            return new SyncStep.Retry("push: no event was taken (sequence gap)", null);
        }

        return HasPending ? new SyncStep.Continue() : new SyncStep.Idle();
    }

    private (int Delivered, List<(OutboxEvent Event, string Reason)> Quarantined) ApplyDelivered(List<OutboxEvent> batch, IReadOnlyList<EventResult> results)
    {
        var byId = results.ToDictionary(r => r.Id);
        var delivered = new List<Guid>();
        var quarantined = new List<(OutboxEvent, string)>();
        foreach (var e in batch)
        {
            if (!byId.TryGetValue(e.Id, out var result))
            {
                continue;
            }

            if (result.IsDelivered)
            {
                delivered.Add(e.Id);
            }
            else if (result.ShouldQuarantine)
            {
                var reason = $"rejected: {result.Reason} {result.Detail}".Trim();
                _outbox.Quarantine(e.Id, reason, Now);
                quarantined.Add((e, reason));
            }
        }

        _outbox.MarkSent(delivered, Now);
        var deliveredSet = delivered.ToHashSet();
        foreach (var e in batch.Where(e => e.Type == "complaint.created" && deliveredSet.Contains(e.Id)))
        {
            if (TrackingCode.TryParse(e.AggregateId, out var code))
            {
                _complaints.ChangeStatus(code, ComplaintStatus.Terkirim, Now, null);
            }
        }

        _state.Save(_state.Load() with { LastSuccessAt = Now, LastError = null, Unauthorized = false });
        return (delivered.Count, quarantined);
    }

    private SyncStep Unauthorized(AuthFailure failure) =>
        Failed(new SyncStep.Halt($"upstream refused this device ({failure}): reprovision the token"), unauthorized: true);

    private SyncStep Failed(SyncStep step, bool unauthorized = false)
    {
        var reason = step switch
        {
            SyncStep.Retry r => r.Reason,
            SyncStep.Halt h => h.Reason,
            _ => step.ToString(),
        };
        _state.Save(_state.Load() with { LastError = reason, LastErrorAt = Now, Unauthorized = unauthorized });
        return step;
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Outside a transaction: set aside and say why at once.</summary>
    private void Quarantine(OutboxEvent e, string reason)
    {
        _outbox.Quarantine(e.Id, reason, Now);
        LogQuarantined(e.Id, e.Type, e.AggregateType, e.AggregateId, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync batch: {Sent} sent, {Accepted} accepted, {Quarantined} quarantined in {DurationMs} ms")]
    private partial void LogBatch(int sent, int accepted, int quarantined, long durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync event {EventId} ({Type} of {AggregateType} {AggregateId}) quarantined: {Reason}")]
    private partial void LogQuarantined(Guid eventId, string type, string aggregateType, string aggregateId, string reason);

    // Not Count(): that scans every finished event, and this runs after each batch.
    private bool HasPending => _outbox.Pending(1).Count > 0;

    private static UpstreamEvent ToUpstream(OutboxEvent e) =>
        new(e.Id, e.Type, e.AggregateType, e.AggregateId, e.Sequence, e.OccurredAt, JsonSerializer.Deserialize<JsonElement>(e.PayloadJson));
}
