using Kiosk.Core.Complaints;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Core.Sync;
using Microsoft.Extensions.Logging;

namespace Kiosk.Core.Tests.Sync;

/// <summary>
/// What a technician can do with quarantined events (issue 16): see them with their reason and
/// attempts, put one back (with what its record set aside behind it, in the record's order), or
/// give it up (its record stays blocked); and what the engine logs per batch and per quarantine.
/// </summary>
public class QuarantineTests
{
    private sealed class Rig : IDisposable
    {
        public Rig()
        {
            Kiosk = Kiosk.InMemory();
            Engine = new SyncEngine(Upstream, Kiosk.Outbox, Kiosk.ComplaintService, new LiteSyncStateStore(Kiosk.Db), Kiosk.Db, new LiteSmsOutbox(Kiosk.Db), c => $"status {c.Status}", Kiosk.Time, batchSize: 50, Log);
        }

        public Kiosk Kiosk { get; }

        public RejectingUpstream Upstream { get; } = new();

        public ListLogger<SyncEngine> Log { get; } = new();

        public SyncEngine Engine { get; }

        /// <summary>A complaint with three events: created, DIVERIFIKASI, DIPROSES (sequences 1 to 3).</summary>
        public TrackingCode ComplaintWithThreeEvents()
        {
            var code = Kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Desa Tangkil", "Bantuan belum diterima sejak bulan lalu.")).TrackingCode;
            Kiosk.ComplaintService.ChangeStatus(code, ComplaintStatus.Diverifikasi, Kiosk.Time.GetUtcNow(), null);
            Kiosk.ComplaintService.ChangeStatus(code, ComplaintStatus.Diproses, Kiosk.Time.GetUtcNow(), null);
            return code;
        }

        public Guid First(TrackingCode code) => Kiosk.Outbox.ForAggregate(code.Grouped)[0].Id;

        /// <summary>Pushes until the engine has nothing more to do now (at most ten rounds).</summary>
        public async Task PushAllAsync()
        {
            for (var i = 0; i < 10 && await Engine.PushOnceAsync(CancellationToken.None) is SyncStep.Continue; i++)
            {
            }
        }

        public void Dispose() => Kiosk.Dispose();
    }

    [Fact]
    public async Task A_refused_event_is_listed_with_its_reason_and_each_refusal_counts_as_an_attempt()
    {
        using var rig = new Rig();
        var code = rig.ComplaintWithThreeEvents();
        rig.Upstream.Reject.Add(rig.First(code));

        await rig.Engine.PushOnceAsync(CancellationToken.None);
        var first = Assert.Single(rig.Kiosk.Outbox.Quarantined(), q => q.Sequence == 1);
        rig.Kiosk.Outbox.Requeue(first.Id);
        await rig.Engine.PushOnceAsync(CancellationToken.None);

        var again = Assert.Single(rig.Kiosk.Outbox.Quarantined(), q => q.Sequence == 1);
        Assert.Equal(("complaint.created", "complaint", code.Grouped), (again.Type, again.AggregateType, again.AggregateId));
        Assert.Equal("rejected: invalid_event category unknown upstream", again.Reason);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task Retry_puts_the_event_and_the_events_its_record_set_aside_back_in_the_record_order_and_they_go_upstream()
    {
        using var rig = new Rig();
        var code = rig.ComplaintWithThreeEvents();
        rig.Upstream.Reject.Add(rig.First(code));
        await rig.PushAllAsync();
        Assert.Equal(3, rig.Kiosk.Outbox.Count().Quarantined);
        Assert.Equal(2, rig.Kiosk.Outbox.Quarantined().Count(q => q.Reason == QuarantinedEvent.BlockedReason));

        rig.Upstream.Reject.Clear();
        var requeued = rig.Kiosk.Db.Atomically(() => rig.Kiosk.Outbox.Requeue(rig.First(code)));

        Assert.Equal(3, requeued);
        Assert.Equal([1L, 2L, 3L], rig.Kiosk.Outbox.Pending(10).Select(e => e.Sequence));
        await rig.PushAllAsync();
        Assert.Equal(new OutboxCounts(0, 0, 3), rig.Kiosk.Outbox.Count());
        Assert.Equal([1L, 2L, 3L], rig.Upstream.Accepted.Where(e => e.AggregateId == code.Grouped).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Drop_takes_the_event_off_the_list_and_keeps_its_record_blocked_so_later_events_are_set_aside_not_refused()
    {
        using var rig = new Rig();
        var code = rig.ComplaintWithThreeEvents();
        var head = rig.First(code);
        rig.Upstream.Reject.Add(head);
        await rig.PushAllAsync();

        var dropped = rig.Kiosk.Db.Atomically(() => rig.Kiosk.Outbox.Drop(head, rig.Kiosk.Time.GetUtcNow()));
        rig.Kiosk.ComplaintService.ChangeStatus(code, ComplaintStatus.Selesai, rig.Kiosk.Time.GetUtcNow(), "sudah cair");
        var pushesBefore = rig.Upstream.Pushes;
        await rig.Engine.PushOnceAsync(CancellationToken.None);

        Assert.Equal(head, dropped!.Id);
        Assert.DoesNotContain(rig.Kiosk.Outbox.Quarantined(), q => q.Id == head);
        Assert.Equal(3, rig.Kiosk.Outbox.Count().Quarantined); // the two set aside before, and the new one
        Assert.Equal(pushesBefore, rig.Upstream.Pushes);
        Assert.Equal(0, rig.Kiosk.Outbox.Count().Pending);
    }

    [Fact]
    public void Retry_and_drop_of_an_id_that_is_not_quarantined_change_nothing()
    {
        using var rig = new Rig();
        var code = rig.ComplaintWithThreeEvents();

        Assert.Equal(0, rig.Kiosk.Outbox.Requeue(rig.First(code))); // pending, not quarantined
        Assert.Null(rig.Kiosk.Outbox.Drop(Guid.NewGuid(), rig.Kiosk.Time.GetUtcNow()));
        Assert.Equal(new OutboxCounts(3, 0, 0), rig.Kiosk.Outbox.Count());
    }

    [Fact]
    public async Task Each_batch_is_one_information_line_and_each_quarantine_a_warning_with_its_reason()
    {
        using var rig = new Rig();
        var code = rig.ComplaintWithThreeEvents();
        rig.Kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Desa Tangkil", "Kartu KKS hilang, mohon dibantu."));
        rig.Upstream.Reject.Add(rig.Kiosk.Outbox.ForAggregate(code.Grouped)[1].Id);

        await rig.Engine.PushOnceAsync(CancellationToken.None);

        var batch = Assert.Single(rig.Log.Entries, e => e.Level == LogLevel.Information);
        Assert.StartsWith("Sync batch: 4 sent, 2 accepted, 1 quarantined in ", batch.Message, StringComparison.Ordinal);
        var warning = Assert.Single(rig.Log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("complaint.status_changed", warning.Message, StringComparison.Ordinal);
        Assert.Contains("rejected: invalid_event category unknown upstream", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Refuses the events in <see cref="Reject"/> as invalid and, as the reference upstream does,
    /// answers sequence_gap to an event whose predecessor it has not taken; accepts the rest.
    /// </summary>
    internal sealed class RejectingUpstream : IUpstreamClient
    {
        private readonly Dictionary<string, long> _last = [];

        public HashSet<Guid> Reject { get; } = [];

        public List<UpstreamEvent> Accepted { get; } = [];

        public int Pushes { get; private set; }

        public Task<UpstreamOutcome<PushAnswer>> PushAsync(IReadOnlyList<UpstreamEvent> events, CancellationToken ct)
        {
            Pushes++;
            var results = new List<EventResult>();
            foreach (var e in events)
            {
                if (Reject.Contains(e.Id))
                {
                    results.Add(new EventResult(e.Id, EventOutcome.Rejected, RejectReasons.InvalidEvent, "category unknown upstream"));
                }
                else if (e.Sequence != _last.GetValueOrDefault(e.AggregateId) + 1)
                {
                    results.Add(new EventResult(e.Id, EventOutcome.Rejected, RejectReasons.SequenceGap));
                }
                else
                {
                    _last[e.AggregateId] = e.Sequence;
                    Accepted.Add(e);
                    results.Add(new EventResult(e.Id, EventOutcome.Accepted));
                }
            }

            return Task.FromResult<UpstreamOutcome<PushAnswer>>(new UpstreamOutcome<PushAnswer>.Answered(new PushAnswer.Delivered(results)));
        }

        public Task<UpstreamOutcome<PullAnswer>> PullAsync(string? cursor, int limit, CancellationToken ct) =>
            Task.FromResult<UpstreamOutcome<PullAnswer>>(new UpstreamOutcome<PullAnswer>.Answered(new PullAnswer.Page([], null, More: false)));

        public Task<UpstreamOutcome<HeartbeatReceipt>> HeartbeatAsync(DeviceHeartbeat heartbeat, CancellationToken ct) =>
            throw new NotSupportedException();
    }
}
