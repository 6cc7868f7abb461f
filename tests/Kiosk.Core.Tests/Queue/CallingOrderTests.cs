using Kiosk.Core.Queue;

namespace Kiosk.Core.Tests.Queue;

public class CallingOrderTests
{
    [Fact]
    public void A_priority_ticket_goes_first_but_never_more_than_two_in_a_row_while_others_wait()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));                        // A-001 regular
        kiosk.Queue.Issue(new TicketRequest("A"));                        // A-002 regular
        kiosk.Queue.Issue(new TicketRequest("A", Priority.Lansia));
        kiosk.Queue.Issue(new TicketRequest("A", Priority.IbuHamil));
        kiosk.Queue.Issue(new TicketRequest("A", Priority.Disabilitas));
        kiosk.Queue.Issue(new TicketRequest("A", Priority.Lansia));

        var order = new List<string>();
        while (kiosk.Queue.CallNext("1") is { } called)
        {
            order.Add(called.Code);
            kiosk.Queue.MarkServed(called.Code);
        }

        Assert.Equal(["A-003", "A-004", "A-001", "A-005", "A-006", "A-002"], order);
    }

    [Fact]
    public void Without_priority_tickets_it_is_first_come_first_served_across_services()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("B"));
        kiosk.Time.Advance(TimeSpan.FromSeconds(1));
        kiosk.Queue.Issue(new TicketRequest("A"));

        Assert.Equal("B-001", kiosk.Queue.CallNext("1")!.Code);
        Assert.Equal("A-001", kiosk.Queue.CallNext("2")!.Code);
        Assert.Null(kiosk.Queue.CallNext("1"));
    }

    [Fact]
    public void A_counter_may_call_only_its_own_service()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.Issue(new TicketRequest("B"));

        Assert.Equal("B-001", kiosk.Queue.CallNext("3", "B")!.Code);
        Assert.Null(kiosk.Queue.CallNext("3", "B"));
    }

    [Fact]
    public void People_ahead_follow_the_calling_order_including_priority()
    {
        using var kiosk = Kiosk.InMemory();
        var first = kiosk.Queue.Issue(new TicketRequest("A"));
        var second = kiosk.Queue.Issue(new TicketRequest("A"));
        var priority = kiosk.Queue.Issue(new TicketRequest("A", Priority.Lansia));
        kiosk.Queue.Issue(new TicketRequest("B"));

        Assert.Equal(0, first.PeopleAhead);
        Assert.Equal(1, second.PeopleAhead);
        Assert.Equal(0, priority.PeopleAhead);
        Assert.Equal(2, kiosk.Queue.Estimate(second.Ticket).PeopleAhead);
        Assert.Equal(16, kiosk.Queue.Estimate(second.Ticket).EstimatedWaitMinutes);
    }

    [Fact]
    public void The_estimate_learns_from_todays_real_service_times()
    {
        using var kiosk = Kiosk.InMemory();
        for (var i = 0; i < 3; i++)
        {
            kiosk.Queue.Issue(new TicketRequest("A"));
            var called = kiosk.Queue.CallNext("1")!;
            kiosk.Time.Advance(TimeSpan.FromMinutes(3));
            kiosk.Queue.MarkServed(called.Code);
        }

        kiosk.Queue.Issue(new TicketRequest("A"));
        var waiting = kiosk.Queue.Issue(new TicketRequest("A"));

        // 3 minutes each today instead of the configured 8.
        Assert.Equal((1, 3), (waiting.PeopleAhead, waiting.EstimatedWaitMinutes));
    }

    [Fact]
    public void Serving_a_ticket_that_was_not_called_is_a_conflict()
    {
        using var kiosk = Kiosk.InMemory();
        var ticket = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;

        Assert.Throws<Validation.StateConflictException>(() => kiosk.Queue.MarkServed(ticket.Code));
        Assert.Equal(TicketState.Cancelled, kiosk.Queue.Cancel(ticket.Code).State);
        Assert.Throws<Validation.StateConflictException>(() => kiosk.Queue.Cancel(ticket.Code));
        Assert.Null(kiosk.Queue.CallNext("1"));
    }

    [Fact]
    public void Only_the_phone_that_took_a_ticket_may_cancel_it()
    {
        using var kiosk = Kiosk.InMemory();
        var ticket = kiosk.Queue.Issue(new TicketRequest("A", Channel: Channel.Sms, Phone: "081234567890")).Ticket;

        Assert.Throws<Validation.StateConflictException>(() => kiosk.Queue.Cancel(ticket.Code, "+6281299999999"));
        Assert.Equal(TicketState.Cancelled, kiosk.Queue.Cancel(ticket.Code, "+6281234567890").State);
    }
}
