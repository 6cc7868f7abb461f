using Kiosk.Core.Queue;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Core.Tests.Queue;

public class TicketNumberingTests
{
    [Fact]
    public void Numbers_run_per_service()
    {
        using var kiosk = Kiosk.InMemory();

        var codes = new[] { "A", "A", "B", "A", "B" }.Select(s => kiosk.Queue.Issue(new TicketRequest(s)).Ticket.Code).ToList();

        Assert.Equal(["A-001", "A-002", "B-001", "A-003", "B-002"], codes);
    }

    [Theory]
    [InlineData("Asia/Jakarta", 7)]
    [InlineData("Asia/Makassar", 8)]
    [InlineData("Asia/Jayapura", 9)]
    public void Ticket_numbers_restart_at_local_midnight(string zone, int utcOffsetHours)
    {
        // One minute before local midnight, expressed in UTC.
        var beforeMidnight = new DateTimeOffset(2026, 11, 23, 23, 59, 0, TimeSpan.FromHours(utcOffsetHours)).ToUniversalTime();
        using var kiosk = Kiosk.InMemory(zone, beforeMidnight);

        var late = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;
        var later = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;
        kiosk.Time.Advance(TimeSpan.FromMinutes(1));
        var firstOfTheDay = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;

        Assert.Equal(["A-001", "A-002"], [late.Code, later.Code]);
        Assert.Equal("2026-11-23", late.ServiceDay);
        Assert.Equal("A-001", firstOfTheDay.Code);
        Assert.Equal("2026-11-24", firstOfTheDay.ServiceDay);
    }

    [Theory]
    [InlineData("Asia/Jakarta")]
    [InlineData("Asia/Makassar")]
    [InlineData("Asia/Jayapura")]
    public void Numbers_do_not_restart_at_UTC_midnight(string zone)
    {
        using var kiosk = Kiosk.InMemory(zone, new DateTimeOffset(2026, 11, 23, 23, 59, 0, TimeSpan.Zero));

        kiosk.Queue.Issue(new TicketRequest("A"));
        kiosk.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("A-002", kiosk.Queue.Issue(new TicketRequest("A")).Ticket.Code);
    }

    [Fact]
    public void No_number_is_issued_twice_after_the_store_is_reopened()
    {
        using var directory = new TempDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        using (var first = Kiosk.OnFile(directory.Path, time))
        {
            for (var i = 0; i < 17; i++)
            {
                first.Queue.Issue(new TicketRequest("A"));
            }
        }

        using var second = Kiosk.OnFile(directory.Path, time);
        var next = second.Queue.Issue(new TicketRequest("A")).Ticket;

        Assert.Equal("A-018", next.Code);
        Assert.Equal(18, second.Tickets.ListDay(new DateOnly(2026, 11, 23)).Count);
    }

    [Fact]
    public void Concurrent_requests_never_share_a_number()
    {
        using var kiosk = Kiosk.InMemory();

        var codes = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 200, _ => codes.Add(kiosk.Queue.Issue(new TicketRequest("B")).Ticket.Code));

        Assert.Equal(200, codes.Distinct().Count());
        Assert.Equal("B-200", codes.Max());
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData(" ", "required")]
    [InlineData("Z", "unknown")]
    public void An_unknown_service_gets_a_field_error_and_takes_no_number(string? service, string code)
    {
        using var kiosk = Kiosk.InMemory();

        var error = Assert.Throws<Validation.DomainValidationException>(() => kiosk.Queue.Issue(new TicketRequest(service)));

        Assert.Equal(("service", code), (error.Errors[0].Field, error.Errors[0].Code));
        Assert.Equal("A-001", kiosk.Queue.Issue(new TicketRequest("A")).Ticket.Code);
    }

    [Theory]
    [InlineData("a17", "A-017")]
    [InlineData("A-017", "A-017")]
    [InlineData(" b 5 ", "B-005")]
    [InlineData("c.1000", "C-1000")]
    [InlineData("A-0", null)]
    [InlineData("AB-1", null)]
    [InlineData("17", null)]
    public void Ticket_codes_are_read_as_people_write_them(string typed, string? expected) =>
        Assert.Equal(expected, TicketCode.Normalise(typed));
}
