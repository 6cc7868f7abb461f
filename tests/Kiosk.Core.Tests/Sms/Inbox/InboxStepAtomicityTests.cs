using Kiosk.Core.Queue;
using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Core.Sms.Replies;
using Kiosk.Core.Storage.LiteDb;

namespace Kiosk.Core.Tests.Sms.Inbox;

/// <summary>
/// One inbound message is one transaction: what the command did, its reply and the processed mark.
/// Regression: a fault between these writes filed a complaint twice once the message was handled again.
/// </summary>
public class InboxStepAtomicityTests
{
    private const string Citizen = "+6281234500001";

    private sealed class InboxRig : IDisposable
    {
        public InboxRig(Kiosk? kiosk = null)
        {
            Kiosk = kiosk ?? Kiosk.InMemory();
            Inbox = new FaultingSmsInbox(new LiteSmsInbox(Kiosk.Db));
            Outbox = new FaultingSmsOutbox(new LiteSmsOutbox(Kiosk.Db));
            var replies = new SmsReplies(Language.Id, Kiosk.Office.TimeZone, Kiosk.Office.Name);
            var budget = new ReplyBudget(new InMemoryReplyLedger(), Kiosk.Time, Kiosk.Office.TimeZone);
            var dispatcher = new SmsDispatcher(Kiosk.Office, Kiosk.Queue, Kiosk.ComplaintService, replies, budget);
            Processor = new InboxProcessor(Inbox, Outbox, dispatcher, Kiosk.Db, Kiosk.Time, TimeSpan.FromMinutes(10));
        }

        public Kiosk Kiosk { get; }

        public FaultingSmsInbox Inbox { get; }

        public FaultingSmsOutbox Outbox { get; }

        public InboxProcessor Processor { get; }

        public void Receive(string text) => Inbox.Store(new InboundPart
        {
            Id = "pdu-" + text.GetHashCode(StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Sender = Citizen,
            Text = text,
            SentAt = Kiosk.Time.GetUtcNow(),
            ReceivedAt = Kiosk.Time.GetUtcNow(),
            RawPdu = "00",
        });

        public int Complaints => Kiosk.Db.Database.GetCollection(LiteKioskDatabase.Complaints).Count();

        public int Replies => Kiosk.Db.Database.GetCollection("sms_out").Count();

        public void Dispose() => Kiosk.Dispose();
    }

    [Fact]
    public void A_fault_queuing_the_reply_leaves_no_complaint_and_the_retry_files_it_once()
    {
        using var rig = new InboxRig();
        rig.Receive("ADU Jalan desa rusak berat sejak banjir");
        rig.Outbox.FailNextEnqueue = true;

        Assert.Throws<IOException>(() => rig.Processor.ProcessPending());

        Assert.Equal((0, 0, 1), (rig.Complaints, rig.Replies, rig.Inbox.Count(InboundState.Pending)));
        Assert.Equal(0, rig.Kiosk.Outbox.Count().Pending);

        Assert.Single(rig.Processor.ProcessPending());
        Assert.Empty(rig.Processor.ProcessPending());
        Assert.Equal((1, 1, 0), (rig.Complaints, rig.Replies, rig.Inbox.Count(InboundState.Pending)));
        Assert.Equal(1, rig.Kiosk.Outbox.Count().Pending);
    }

    [Fact]
    public void A_fault_marking_the_message_processed_leaves_no_complaint_nor_reply_and_the_retry_does_it_once()
    {
        using var rig = new InboxRig();
        rig.Receive("ADU Jalan desa rusak berat sejak banjir");
        rig.Inbox.FailNextMark = true;

        Assert.Throws<IOException>(() => rig.Processor.ProcessPending());

        Assert.Equal((0, 0, 1), (rig.Complaints, rig.Replies, rig.Inbox.Count(InboundState.Pending)));

        Assert.Single(rig.Processor.ProcessPending());
        Assert.Empty(rig.Processor.ProcessPending());
        Assert.Equal((1, 1, 0), (rig.Complaints, rig.Replies, rig.Inbox.Count(InboundState.Pending)));
    }

    [Fact]
    public void A_fault_after_issuing_a_remote_ticket_leaves_no_ticket_and_the_retry_issues_the_same_number_once()
    {
        using var rig = new InboxRig();
        rig.Receive("ANTRI A");
        rig.Inbox.FailNextMark = true;

        Assert.Throws<IOException>(() => rig.Processor.ProcessPending());

        Assert.Empty(rig.Kiosk.Queue.WaitingRemote());
        Assert.Equal(0, rig.Kiosk.Outbox.Count().Pending);

        rig.Processor.ProcessPending();
        var ticket = Assert.Single(rig.Kiosk.Queue.WaitingRemote());
        Assert.Equal("A-001", ticket.Code);
        Assert.Equal((1, 0), (rig.Replies, rig.Inbox.Count(InboundState.Pending)));
    }

    [Fact]
    public void A_rolled_back_remote_ticket_leaves_the_numbering_floor_where_the_store_is()
    {
        // The floor is written after the commit: a floor above a rolled-back ticket would make the
        // next start refuse the store as behind it.
        using var directory = new TempDirectory();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        using (var rig = new InboxRig(Kiosk.OnFile(directory.Path, time)))
        {
            rig.Receive("ANTRI A");
            rig.Inbox.FailNextMark = true;
            Assert.Throws<IOException>(() => rig.Processor.ProcessPending());
        }

        using var reopened = Kiosk.OnFile(directory.Path, time);
        Assert.Equal("A-001", reopened.Queue.Issue(new TicketRequest("A")).Ticket.Code);
    }

    [Fact]
    public void A_fault_after_a_cancel_leaves_the_ticket_waiting_and_the_retry_cancels_it_once()
    {
        using var rig = new InboxRig();
        rig.Receive("ANTRI A");
        rig.Processor.ProcessPending();
        var ticket = Assert.Single(rig.Kiosk.Queue.WaitingRemote());
        rig.Receive("BATAL " + ticket.Code);
        rig.Outbox.FailNextEnqueue = true;

        Assert.Throws<IOException>(() => rig.Processor.ProcessPending());

        Assert.Equal(TicketState.Waiting, rig.Kiosk.Queue.Find(ticket.Code)!.State);
        Assert.Single(rig.Kiosk.Outbox.ForAggregate(ticket.Id));

        rig.Processor.ProcessPending();
        Assert.Equal(TicketState.Cancelled, rig.Kiosk.Queue.Find(ticket.Code)!.State);
        Assert.Equal(2, rig.Kiosk.Outbox.ForAggregate(ticket.Id).Count);
        Assert.Equal((2, 0), (rig.Replies, rig.Inbox.Count(InboundState.Pending)));
    }

    [Fact]
    public async Task SMS_steps_and_counter_calls_at_the_same_time_finish_and_never_share_a_number()
    {
        // The step holds the store's write gate and then the queue's lock; the counter's calls take
        // them in the same order, or the two would wait on each other for ever.
        using var rig = new InboxRig();
        var counter = Task.Run(() =>
        {
            for (var i = 0; i < 60; i++)
            {
                rig.Kiosk.Queue.Issue(new TicketRequest("A"));
                rig.Kiosk.Queue.CallNext("1");
            }
        });
        var sms = Task.Run(() =>
        {
            for (var i = 0; i < 30; i++)
            {
                rig.Inbox.Store(new InboundPart
                {
                    Id = $"pdu-{i}",
                    Sender = $"+62812345{i:D5}",
                    Text = "ANTRI A",
                    SentAt = rig.Kiosk.Time.GetUtcNow(),
                    ReceivedAt = rig.Kiosk.Time.GetUtcNow(),
                    RawPdu = "00",
                });
                rig.Processor.ProcessPending();
            }
        });

        await Task.WhenAll(counter, sms).WaitAsync(TimeSpan.FromSeconds(60));

        var day = rig.Kiosk.Tickets.ListDay(rig.Kiosk.Queue.Today);
        Assert.Equal(90, day.Count);
        Assert.Equal(90, day.Select(t => t.Code).Distinct().Count());
    }
}
