using Kiosk.Core.Queue;

namespace Kiosk.Core.Tests.Storage;

public class OutboxQuarantineTests
{
    [Fact]
    public void One_look_up_names_exactly_the_records_of_a_batch_that_have_a_quarantined_event()
    {
        using var kiosk = Kiosk.InMemory();
        var poisoned = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;
        var healthy = kiosk.Queue.Issue(new TicketRequest("B")).Ticket;
        var sent = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;
        var events = kiosk.Outbox.Pending(10);
        kiosk.Outbox.Quarantine(events.Single(e => e.AggregateId == poisoned.Id).Id, "rejected: sequence_conflict", kiosk.Time.GetUtcNow());
        kiosk.Outbox.MarkSent([events.Single(e => e.AggregateId == sent.Id).Id], kiosk.Time.GetUtcNow());
        Assert.Equal(poisoned.Id, kiosk.Queue.CallNext("1")?.Id);
        var later = kiosk.Outbox.Pending(10);

        var blocked = kiosk.Outbox.WithQuarantined(later);

        Assert.Equal([("ticket", poisoned.Id)], blocked);
        Assert.True(kiosk.Outbox.HasQuarantined("ticket", poisoned.Id));
        Assert.False(kiosk.Outbox.HasQuarantined("ticket", healthy.Id));
        Assert.Empty(kiosk.Outbox.WithQuarantined([]));
    }
}
