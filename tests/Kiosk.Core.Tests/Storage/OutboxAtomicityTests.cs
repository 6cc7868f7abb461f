using System.Text.Json;
using Kiosk.Core.Complaints;
using Kiosk.Core.Queue;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Core.Tests.Storage;

public class OutboxAtomicityTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_change_writes_its_event_with_the_record_version_as_sequence()
    {
        using var kiosk = Kiosk.InMemory();

        var ticket = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;
        kiosk.Queue.CallNext("1");
        kiosk.Queue.MarkServed(ticket.Code);

        var events = kiosk.Outbox.ForAggregate(ticket.Id);
        Assert.Equal(["ticket.issued", "ticket.called", "ticket.served"], events.Select(e => e.Type));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Sequence));
        Assert.All(events, e => Assert.Equal("ticket", e.AggregateType));
        Assert.Equal("served", JsonDocument.Parse(events[2].PayloadJson).RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public void A_failure_while_issuing_leaves_no_ticket_no_event_and_does_not_burn_the_number()
    {
        using var directory = new TempDirectory();
        var time = new FakeTimeProvider(Morning);
        using (var kiosk = Kiosk.OnFile(directory.Path, time))
        {
            kiosk.Queue.Issue(new TicketRequest("A"));
            kiosk.Db.FaultInjection = point => throw new IOException($"injected at {point}");

            Assert.Throws<IOException>(() => kiosk.Queue.Issue(new TicketRequest("A")));
        }

        using var reopened = Kiosk.OnFile(directory.Path, time);
        Assert.Single(reopened.Tickets.ListDay(new DateOnly(2026, 11, 23)));
        Assert.Equal(1, reopened.Outbox.Count().Pending);
        Assert.Equal("A-002", reopened.Queue.Issue(new TicketRequest("A")).Ticket.Code);
    }

    [Fact]
    public void A_failure_between_complaint_and_event_leaves_neither()
    {
        using var directory = new TempDirectory();
        var time = new FakeTimeProvider(Morning);
        using (var kiosk = Kiosk.OnFile(directory.Path, time))
        {
            kiosk.Db.FaultInjection = point => throw new IOException($"injected at {point}");

            Assert.Throws<IOException>(() => kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Desa Tangkil", "Bantuan belum diterima.")));
        }

        using var reopened = Kiosk.OnFile(directory.Path, time);
        Assert.Equal(0, reopened.Outbox.Count().Pending);
        Assert.Equal(0, reopened.Db.Database.GetCollection("complaints").Count());
    }

    [Fact]
    public void A_failed_status_change_keeps_the_previous_version_and_no_event()
    {
        using var kiosk = Kiosk.InMemory();
        var code = kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Desa Tangkil", "Bantuan belum diterima.")).TrackingCode;
        kiosk.Db.FaultInjection = point => throw new IOException($"injected at {point}");

        Assert.Throws<IOException>(() => kiosk.ComplaintService.ChangeStatus(code, ComplaintStatus.Terkirim, Morning, null));

        Assert.Equal(ComplaintStatus.Diterima, kiosk.ComplaintService.Find(code)!.Status);
        Assert.Single(kiosk.Outbox.ForAggregate(code.Grouped));
    }

    [Fact]
    public void Sent_and_quarantined_events_leave_the_pending_list_in_order()
    {
        using var kiosk = Kiosk.InMemory();
        for (var i = 0; i < 3; i++)
        {
            kiosk.Queue.Issue(new TicketRequest("A"));
        }

        var outbox = kiosk.Outbox;
        var pending = outbox.Pending(10);
        outbox.MarkSent([pending[0].Id], Morning);
        outbox.Quarantine(pending[1].Id, "rejected: unknown service", Morning);

        Assert.Equal([pending[2].Id], outbox.Pending(10).Select(e => e.Id));
        Assert.Equal(new Core.Storage.OutboxCounts(1, 1, 1), outbox.Count());
    }

    [Fact]
    public void Marking_a_whole_batch_sent_moves_every_event_of_it()
    {
        // Regression: deleting while LiteDB's cursor was open disposed its snapshot ("the snapshot is disposed").
        using var kiosk = Kiosk.InMemory();
        for (var i = 0; i < 50; i++)
        {
            kiosk.Queue.Issue(new TicketRequest(i % 2 == 0 ? "A" : "B"));
        }

        var batch = kiosk.Outbox.Pending(40);
        kiosk.Outbox.MarkSent([.. batch.Select(e => e.Id)], Morning);

        Assert.Equal(new Core.Storage.OutboxCounts(10, 0, 40), kiosk.Outbox.Count());
        Assert.Equal(kiosk.Outbox.Pending(10).Select(e => e.Id), kiosk.Outbox.Pending(50).Select(e => e.Id));
    }

    [Fact]
    public void Times_read_back_as_the_same_UTC_instant()
    {
        using var directory = new TempDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, 123, TimeSpan.Zero).AddTicks(4567));
        string id;
        using (var kiosk = Kiosk.OnFile(directory.Path, time, "Asia/Jayapura"))
        {
            id = kiosk.Queue.Issue(new TicketRequest("A")).Ticket.Code;
        }

        using var reopened = Kiosk.OnFile(directory.Path, time, "Asia/Jayapura");
        var ticket = reopened.Queue.Find(id)!;
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 2, 0, 0, 123, TimeSpan.Zero), ticket.IssuedAt);
        Assert.Equal(TimeSpan.Zero, ticket.IssuedAt.Offset);
    }
}
