using Kiosk.Core.Complaints;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Core.Sync;
using Kiosk.Core.Tests.Sms;

namespace Kiosk.Core.Tests.Sync;

/// <summary>
/// Applying an upstream answer is one transaction. Regressions: after a power cut 7 of 1365
/// complaints stayed DITERIMA (their event was marked sent, the status change was lost); a pulled
/// page's status, notice and cursor were three writes.
/// </summary>
public class SyncStepAtomicityTests
{
    private const string Phone = "+6281234500001";

    private sealed class SyncRig : IDisposable
    {
        public SyncRig()
        {
            Kiosk = Kiosk.InMemory();
            Sms = new FaultingSmsOutbox(new LiteSmsOutbox(Kiosk.Db));
            State = new LiteSyncStateStore(Kiosk.Db);
            Engine = new SyncEngine(Upstream, Kiosk.Outbox, Kiosk.ComplaintService, State, Kiosk.Db, Sms, c => $"status {c.Status}", Kiosk.Time, batchSize: 50);
        }

        public Kiosk Kiosk { get; }

        public AnsweringUpstream Upstream { get; } = new();

        public FaultingSmsOutbox Sms { get; }

        public LiteSyncStateStore State { get; }

        public SyncEngine Engine { get; }

        public TrackingCode File() =>
            Kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Desa Tangkil", "Bantuan belum diterima sejak bulan lalu.", Phone: Phone)).TrackingCode;

        public ComplaintStatus StatusOf(TrackingCode code) => Kiosk.ComplaintService.Find(code)!.Status;

        public int Notices => Kiosk.Db.Database.GetCollection("sms_out").Count();

        public void Dispose() => Kiosk.Dispose();
    }

    [Fact]
    public async Task A_fault_between_marking_the_event_sent_and_TERKIRIM_leaves_the_event_pending_and_the_retry_makes_it_TERKIRIM()
    {
        using var rig = new SyncRig();
        var code = rig.File();
        rig.Kiosk.Db.FaultInjection = point => throw new IOException($"injected at {point}");

        await Assert.ThrowsAsync<IOException>(() => rig.Engine.PushOnceAsync(CancellationToken.None));

        Assert.Equal(ComplaintStatus.Diterima, rig.StatusOf(code));
        Assert.Equal(1, rig.Kiosk.Outbox.Count().Pending);

        rig.Kiosk.Db.FaultInjection = null;
        await rig.Engine.PushOnceAsync(CancellationToken.None); // upstream answers duplicate for the complaint.created
        await rig.Engine.PushOnceAsync(CancellationToken.None); // the TERKIRIM event

        Assert.Equal(ComplaintStatus.Terkirim, rig.StatusOf(code));
        Assert.Equal(new Core.Storage.OutboxCounts(0, 0, 2), rig.Kiosk.Outbox.Count());
        Assert.Equal(["complaint.created", "complaint.status_changed"], rig.Kiosk.Outbox.ForAggregate(code.Grouped).Select(e => e.Type));
    }

    [Fact]
    public async Task A_fault_queuing_a_pulled_notice_applies_nothing_of_the_page_and_the_retry_applies_it_once()
    {
        using var rig = new SyncRig();
        var first = rig.File();
        var second = rig.File();
        await rig.Engine.PushOnceAsync(CancellationToken.None);
        await rig.Engine.PushOnceAsync(CancellationToken.None);
        var at = rig.Kiosk.Time.GetUtcNow();
        rig.Upstream.Page = new PullAnswer.Page(
            [new StatusUpdate(first.Grouped, "DIVERIFIKASI", at, null), new StatusUpdate(second.Grouped, "DIVERIFIKASI", at, null)],
            "cursor-1",
            More: false);
        rig.Sms.FailEnqueueNumber = rig.Sms.Enqueues + 2; // the second notice of the page

        await Assert.ThrowsAsync<IOException>(() => rig.Engine.PullOnceAsync(CancellationToken.None));

        Assert.Equal((ComplaintStatus.Terkirim, ComplaintStatus.Terkirim), (rig.StatusOf(first), rig.StatusOf(second)));
        Assert.Equal(0, rig.Notices);
        Assert.Null(rig.State.Load().Cursor);

        await rig.Engine.PullOnceAsync(CancellationToken.None);
        await rig.Engine.PullOnceAsync(CancellationToken.None); // the same page again changes nothing

        Assert.Equal((ComplaintStatus.Diverifikasi, ComplaintStatus.Diverifikasi), (rig.StatusOf(first), rig.StatusOf(second)));
        Assert.Equal(2, rig.Notices);
        Assert.Equal("cursor-1", rig.State.Load().Cursor);
    }

    [Fact]
    public async Task A_fault_saving_the_cursor_leaves_the_page_unapplied()
    {
        using var rig = new SyncRig();
        var code = rig.File();
        await rig.Engine.PushOnceAsync(CancellationToken.None);
        await rig.Engine.PushOnceAsync(CancellationToken.None);
        rig.Upstream.Page = new PullAnswer.Page([new StatusUpdate(code.Grouped, "DIPROSES", rig.Kiosk.Time.GetUtcNow(), "dicek")], "cursor-1", More: false);
        var state = new FaultingSyncStateStore(rig.State);
        var engine = new SyncEngine(rig.Upstream, rig.Kiosk.Outbox, rig.Kiosk.ComplaintService, state, rig.Kiosk.Db, rig.Sms, c => $"status {c.Status}", rig.Kiosk.Time, batchSize: 50);
        state.FailNextSave = true;

        await Assert.ThrowsAsync<IOException>(() => engine.PullOnceAsync(CancellationToken.None));

        Assert.Equal(ComplaintStatus.Terkirim, rig.StatusOf(code));
        Assert.Equal(0, rig.Notices);
        Assert.Null(rig.State.Load().Cursor);
    }

    /// <summary>Accepts the first push of an event and answers duplicate after; pulls answer <see cref="Page"/>.</summary>
    internal sealed class AnsweringUpstream : IUpstreamClient
    {
        private readonly HashSet<Guid> _seen = [];

        public PullAnswer.Page Page { get; set; } = new([], null, More: false);

        public Task<UpstreamOutcome<PushAnswer>> PushAsync(IReadOnlyList<UpstreamEvent> events, CancellationToken ct) =>
            Task.FromResult<UpstreamOutcome<PushAnswer>>(new UpstreamOutcome<PushAnswer>.Answered(new PushAnswer.Delivered(
                [.. events.Select(e => new EventResult(e.Id, _seen.Add(e.Id) ? EventOutcome.Accepted : EventOutcome.Duplicate))])));

        public Task<UpstreamOutcome<PullAnswer>> PullAsync(string? cursor, int limit, CancellationToken ct) =>
            Task.FromResult<UpstreamOutcome<PullAnswer>>(new UpstreamOutcome<PullAnswer>.Answered(Page));

        public Task<UpstreamOutcome<HeartbeatReceipt>> HeartbeatAsync(DeviceHeartbeat heartbeat, CancellationToken ct) =>
            throw new NotSupportedException();
    }

    private sealed class FaultingSyncStateStore(ISyncStateStore inner) : ISyncStateStore
    {
        public bool FailNextSave { get; set; }

        public SyncState Load() => inner.Load();

        public void Save(SyncState state)
        {
            if (FailNextSave)
            {
                FailNextSave = false;
                throw new IOException("injected: saving the cursor failed");
            }

            inner.Save(state);
        }
    }
}
