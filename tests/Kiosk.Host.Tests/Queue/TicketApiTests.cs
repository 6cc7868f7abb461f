using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Host.Tests.Queue;

public class TicketApiTests
{
    [Fact]
    public async Task A_ticket_is_issued_over_HTTP_with_people_ahead_and_wait()
    {
        await using var server = await KioskServer.StartAsync();

        var first = await server.PostJsonAsync("/api/tickets", new { service = "B" }, 201);
        var second = await server.PostJsonAsync("/api/tickets", new { service = "b", priority = "ibu_hamil", phone = "0812 3456 7890" }, 201);
        var third = await server.PostJsonAsync("/api/tickets", new { service = "B" }, 201);

        Assert.Equal("B-001", first.GetProperty("code").GetString());
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.Equal("B", first.GetProperty("service").GetString());
        Assert.Equal(0, second.GetProperty("peopleAhead").GetInt32());
        Assert.Equal("ibu_hamil", second.GetProperty("priority").GetString());
        Assert.False(second.TryGetProperty("phone", out _));
        Assert.Equal(2, third.GetProperty("peopleAhead").GetInt32());
        Assert.Equal(24, third.GetProperty("estimatedWaitMinutes").GetInt32());
        Assert.True(third.TryGetProperty("issuedAt", out _));
    }

    [Fact]
    public async Task Looking_up_a_ticket_shows_its_current_place()
    {
        await using var server = await KioskServer.StartAsync();
        await server.PostJsonAsync("/api/tickets", new { service = "C" }, 201);
        await server.PostJsonAsync("/api/tickets", new { service = "C" }, 201);
        await server.CallNextAsync();

        var ticket = await server.GetJsonAsync("/api/tickets/c-2", 200);

        Assert.Equal(("C-002", 0, "waiting"), (ticket.GetProperty("code").GetString(), ticket.GetProperty("peopleAhead").GetInt32(), ticket.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Numbers_restart_at_local_midnight_through_the_API()
    {
        // 23:59 WIB is 16:59 UTC.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 16, 59, 0, TimeSpan.Zero));
        await using var server = await KioskServer.StartAsync(time);

        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        time.Advance(TimeSpan.FromMinutes(1));
        var afterMidnight = await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);

        Assert.Equal("A-001", afterMidnight.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{\"service\":\"Z\"}", "service", "unknown")]
    [InlineData("{}", "service", "required")]
    [InlineData("{\"service\":\"A\",\"priority\":\"vip\"}", "priority", "unknown")]
    [InlineData("{\"service\":\"A\",\"phone\":\"12\"}", "phone", "invalid")]
    [InlineData("{\"service\":", "body", "malformed_json")]
    [InlineData("[1,2,3]", "body", "malformed_json")]
    [InlineData("{\"service\":42}", "body", "malformed_json")]
    [InlineData("null", "body", "required")]
    public async Task A_bad_ticket_request_gets_a_field_error_in_Indonesian(string json, string field, string code)
    {
        await using var server = await KioskServer.StartAsync();

        using var response = await server.Client.PostAsync(new Uri("/api/tickets", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await KioskServer.ReadAsync(response, 400);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, problem.GetProperty("codes").GetProperty(field).GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(field)[0].GetString()));
        Assert.Equal("Data tidak valid", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_request_that_is_not_JSON_is_refused_as_such()
    {
        await using var server = await KioskServer.StartAsync();

        using var response = await server.Client.PostAsync(new Uri("/api/tickets", UriKind.Relative), new StringContent("service=A", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        await KioskServer.ReadAsync(response, 415);
    }

    [Fact]
    public async Task Unknown_and_malformed_ticket_codes_are_404_and_400()
    {
        await using var server = await KioskServer.StartAsync();

        await server.GetJsonAsync("/api/tickets/A-099", 404);
        await server.GetJsonAsync("/api/tickets/not-a-ticket", 400);
    }
}
