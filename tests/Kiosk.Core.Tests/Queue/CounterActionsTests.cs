using Kiosk.Core.Queue;
using Kiosk.Core.Validation;

namespace Kiosk.Core.Tests.Queue;

public class CounterActionsTests
{
    private static readonly CounterSeat LoketA = new("Loket 1", ["A"]);
    private static readonly CounterSeat LoketB = new("Loket 2", ["B"]);
    private static readonly CounterSeat LoketAB = new("Loket 3", ["A", "B"]);

    [Fact]
    public void A_pregnant_resident_is_not_kept_waiting_by_priority_calls_of_another_counter()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A", Priority.Lansia));
        kiosk.Queue.Issue(new TicketRequest("A", Priority.Disabilitas));
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Time.Advance(TimeSpan.FromMinutes(1));
        var pregnant = kiosk.Queue.Issue(new TicketRequest("B", Priority.IbuHamil)).Ticket;
        kiosk.Time.Advance(TimeSpan.FromMinutes(1));
        kiosk.Queue.Issue(new TicketRequest("B"));

        // Loket 1 calls two priority tickets in a row: its own streak, not Loket 2's.
        Assert.Equal("A-001", kiosk.Queue.CallNext(LoketA).Called!.Code);
        Assert.Equal("A-002", kiosk.Queue.CallNext(LoketA).Called!.Code);

        Assert.Equal(pregnant.Code, kiosk.Queue.CallNext(LoketB).Called!.Code);
        Assert.Equal("A-003", kiosk.Queue.CallNext(LoketA).Called!.Code);
    }

    [Fact]
    public void A_counters_own_streak_still_lets_a_regular_ticket_through_after_two_priority_calls()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.Issue(new TicketRequest("A", Priority.Lansia));
        kiosk.Queue.Issue(new TicketRequest("A", Priority.Lansia));
        kiosk.Queue.Issue(new TicketRequest("A", Priority.Lansia));

        var order = new List<string>();
        while (kiosk.Queue.CallNext(LoketA).Called is { } called)
        {
            order.Add(called.Code);
        }

        Assert.Equal(["A-002", "A-003", "A-001", "A-004"], order);
    }

    [Fact]
    public void Calling_next_closes_the_counters_current_ticket_as_served_and_only_that_one()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.Issue(new TicketRequest("B"));
        kiosk.Queue.CallNext(LoketA);
        var other = kiosk.Queue.CallNext(LoketB).Called!;
        kiosk.Time.Advance(TimeSpan.FromMinutes(4));

        var outcome = kiosk.Queue.CallNext(LoketA);

        Assert.Equal(("A-001", TicketState.Served), (outcome.Closed!.Code, outcome.Closed.State));
        Assert.Equal(kiosk.Time.GetUtcNow(), outcome.Closed.FinishedAt);
        Assert.Equal(("A-002", TicketState.Called, "Loket 1"), (outcome.Called!.Code, outcome.Called.State, outcome.Called.Counter));
        Assert.Equal(TicketState.Called, kiosk.Queue.Find(other.Code)!.State);
    }

    [Fact]
    public void Calling_next_with_nobody_waiting_still_closes_the_current_ticket()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.CallNext(LoketA);

        var outcome = kiosk.Queue.CallNext(LoketA);

        Assert.Equal("A-001", outcome.Closed!.Code);
        Assert.Null(outcome.Called);
        Assert.Null(kiosk.Queue.Current(LoketA));
    }

    [Fact]
    public void Recall_names_the_current_ticket_again_and_changes_nothing()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));
        var called = kiosk.Queue.CallNext(LoketA).Called!;

        var recalled = kiosk.Queue.Recall(LoketA);

        Assert.Equal(called, recalled);
        Assert.Equal(called.Version, kiosk.Queue.Find(called.Code)!.Version);
        Assert.Throws<StateConflictException>(() => kiosk.Queue.Recall(LoketB));
    }

    [Fact]
    public void No_show_and_served_close_the_current_ticket_and_need_one()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.CallNext(LoketA);

        Assert.Equal(TicketState.NoShow, kiosk.Queue.Close(LoketA, TicketState.NoShow).State);
        Assert.Throws<StateConflictException>(() => kiosk.Queue.Close(LoketA, TicketState.Served));
        kiosk.Queue.CallNext(LoketA);
        Assert.Equal(("A-002", TicketState.Served), (kiosk.Queue.Close(LoketA, TicketState.Served).Code, kiosk.Queue.Find("A-002")!.State));
        Assert.Throws<ArgumentOutOfRangeException>(() => kiosk.Queue.Close(LoketA, TicketState.Cancelled));
    }

    [Fact]
    public void A_transferred_ticket_keeps_its_place_in_time_in_the_other_service()
    {
        using var kiosk = Kiosk.InMemory();
        var early = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;
        kiosk.Time.Advance(TimeSpan.FromMinutes(5));
        kiosk.Queue.Issue(new TicketRequest("B"));
        kiosk.Queue.CallNext(LoketA);

        var moved = kiosk.Queue.Transfer(LoketA, "B");

        Assert.Equal(("A-001", "B", TicketState.Waiting, early.IssuedAt), (moved.Code, moved.Service, moved.State, moved.IssuedAt));
        Assert.Null(kiosk.Queue.Current(LoketA));
        Assert.Equal("A-001", kiosk.Queue.CallNext(LoketB).Called!.Code);
        // Its letter's numbering goes on: the next A is A-002, never a second A-001.
        Assert.Equal("A-002", kiosk.Queue.Issue(new TicketRequest("A")).Ticket.Code);
    }

    [Fact]
    public void A_waiting_ticket_can_be_transferred_by_its_code_by_a_counter_serving_it()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("B"));

        Assert.Throws<ForbiddenException>(() => kiosk.Queue.Transfer(LoketA, "A", "B-001"));
        Assert.Equal("A", kiosk.Queue.Transfer(LoketB, "A", "b1").Service);
        Assert.Throws<StateConflictException>(() => kiosk.Queue.Transfer(LoketAB, "A", "B-001"));
        var unknown = Assert.Throws<DomainValidationException>(() => kiosk.Queue.Transfer(LoketAB, "Z", "B-001"));
        Assert.Equal(("service", "unknown"), (unknown.Errors[0].Field, unknown.Errors[0].Code));
    }

    [Fact]
    public void A_specific_number_is_called_out_of_order_only_by_a_counter_serving_it()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.Issue(new TicketRequest("B"));

        Assert.Equal("A-002", kiosk.Queue.CallSpecific(LoketA, "A-002").Called!.Code);
        Assert.Throws<ForbiddenException>(() => kiosk.Queue.CallSpecific(LoketA, "B-001"));
        Assert.Throws<StateConflictException>(() => kiosk.Queue.CallSpecific(LoketAB, "A-002"));
        Assert.Throws<NotFoundException>(() => kiosk.Queue.CallSpecific(LoketA, "A-099"));
        Assert.Throws<DomainValidationException>(() => kiosk.Queue.CallSpecific(LoketA, "nonsense"));
        Assert.Equal("A-001", kiosk.Queue.CallNext(LoketA).Called!.Code);
    }

    [Fact]
    public void A_counter_cannot_call_a_service_it_does_not_serve()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("B"));

        Assert.Throws<ForbiddenException>(() => kiosk.Queue.CallNext(LoketA, "B"));
        Assert.Null(kiosk.Queue.CallNext(LoketA).Called);
        Assert.Equal(TicketState.Waiting, kiosk.Queue.Find("B-001")!.State);
    }

    [Fact]
    public void The_waiting_list_is_in_this_counters_calling_order_with_minutes_waited()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Time.Advance(TimeSpan.FromMinutes(3));
        kiosk.Queue.Issue(new TicketRequest("A", Priority.Lansia));
        kiosk.Queue.Issue(new TicketRequest("B"));
        kiosk.Time.Advance(TimeSpan.FromMinutes(2));

        var waiting = kiosk.Queue.WaitingFor(LoketA);

        Assert.Equal([("A-002", 2), ("A-001", 5)], waiting.Select(w => (w.Ticket.Code, w.WaitedMinutes)));
    }

    [Fact]
    public void Todays_counts_and_mean_service_time_are_per_counter()
    {
        using var kiosk = Kiosk.InMemory();
        for (var i = 0; i < 3; i++)
        {
            kiosk.Queue.Issue(new TicketRequest("A"));
        }

        kiosk.Queue.Issue(new TicketRequest("B"));
        kiosk.Queue.CallNext(LoketA);
        kiosk.Time.Advance(TimeSpan.FromMinutes(4));
        kiosk.Queue.CallNext(LoketA);
        kiosk.Time.Advance(TimeSpan.FromMinutes(2));
        kiosk.Queue.CallNext(LoketA);
        kiosk.Queue.Close(LoketA, TicketState.NoShow);
        kiosk.Queue.CallNext(LoketB);

        Assert.Equal(new CounterStats(3, 2, 1, 3.0), kiosk.Queue.StatsFor("Loket 1"));
        Assert.Equal(new CounterStats(1, 0, 0, null), kiosk.Queue.StatsFor("Loket 2"));
    }

    [Fact]
    public void A_failed_call_stores_neither_the_close_nor_the_call()
    {
        using var kiosk = Kiosk.InMemory();
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Queue.CallNext(LoketA);
        var writes = 0;
        kiosk.Db.FaultInjection = point =>
        {
            if (point == "ticket:before-commit" && ++writes == 2)
            {
                throw new IOException("injected at the call, after the close");
            }
        };

        Assert.Throws<IOException>(() => kiosk.Queue.CallNext(LoketA));
        kiosk.Db.FaultInjection = null;

        Assert.Equal(TicketState.Called, kiosk.Queue.Find("A-001")!.State);
        Assert.Equal(TicketState.Waiting, kiosk.Queue.Find("A-002")!.State);
        Assert.Equal("A-002", kiosk.Queue.CallNext(LoketA).Called!.Code);
    }
}
