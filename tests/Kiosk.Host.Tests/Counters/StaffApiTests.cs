using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kiosk.Core.Counters;
using Kiosk.Core.Sms;

namespace Kiosk.Host.Tests.Counters;

/// <summary>The staff API over real Kestrel: who may reach it, and what each action does.</summary>
public class StaffApiTests
{
    [Fact]
    public async Task Without_a_valid_token_every_staff_route_is_401()
    {
        await using var server = await KioskServer.StartAsync();
        server.AddCounter("Loket 1", "A");
        using var anonymous = server.StaffClient();
        using var wrong = server.StaffClient("not-a-token");

        foreach (var client in new[] { anonymous, wrong })
        {
            using var call = await client.PostAsync(new Uri("/api/counters/loket-1/call-next", UriKind.Relative), null);
            using var show = await client.GetAsync(new Uri("/api/counters/loket-1", UriKind.Relative));
            using var display = await client.GetAsync(new Uri("/api/display", UriKind.Relative));
            using var events = await client.GetAsync(new Uri("/api/display/events", UriKind.Relative));

            Assert.All([call, show, display, events], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
            Assert.Equal("Bearer", call.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal("unauthorized", (await KioskServer.ReadAsync(call, 401)).GetProperty("type").GetString()!.Split('/')[^1]);
        }
    }

    [Fact]
    public async Task A_counter_acts_only_as_itself_and_only_on_its_services()
    {
        await using var server = await KioskServer.StartAsync();
        var tokenA = server.AddCounter("Loket 1", "A");
        server.AddCounter("Loket 2", "B");
        var display = server.AddCounter("Layar", "--display");
        await server.PostJsonAsync("/api/tickets", new { service = "B" }, 201);
        using var counterA = server.StaffClient(tokenA);
        using var screen = server.StaffClient(display);

        await PostAsync(counterA, "/api/counters/loket-1/call-next", new { service = "B" }, 403);
        await PostAsync(counterA, "/api/counters/loket-1/call", new { code = "B-001" }, 403);
        await PostAsync(counterA, "/api/counters/loket-2/call-next", null, 403);
        await PostAsync(screen, "/api/counters/loket-1/call-next", null, 403);
        var nobody = await PostAsync(counterA, "/api/counters/loket-1/call-next", null, 200);

        Assert.False(nobody.TryGetProperty("called", out _));
        Assert.Equal("waiting", (await server.GetJsonAsync("/api/tickets/B-001", 200)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_cross_origin_state_change_is_refused_and_changes_nothing()
    {
        await using var server = await KioskServer.StartAsync();
        var token = server.AddCounter("Loket 1", "A");
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        using var staff = server.StaffClient(token);

        // The resident touchscreen's page is another origin (another port).
        var resident = server.BaseAddress.GetLeftPart(UriPartial.Authority);
        await PostAsync(staff, "/api/counters/loket-1/call-next", null, 403, ("Origin", resident));
        await PostAsync(staff, "/api/counters/loket-1/call-next", null, 403, ("Origin", "null"));
        await PostAsync(staff, "/api/counters/loket-1/call-next", null, 403, ("Sec-Fetch-Site", "cross-site"));
        Assert.Equal("waiting", (await server.GetJsonAsync("/api/tickets/A-001", 200)).GetProperty("state").GetString());

        // Its own origin, or none with the bearer token (a script, a button): accepted.
        var own = server.StaffAddress.GetLeftPart(UriPartial.Authority);
        var called = await PostAsync(staff, "/api/counters/loket-1/call-next", null, 200, ("Origin", own));
        Assert.Equal("A-001", called.GetProperty("called").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_staff_api_and_pages_are_not_on_the_resident_listener_nor_the_resident_api_on_the_staff_one()
    {
        await using var server = await KioskServer.StartAsync();
        var token = server.AddCounter("Loket 1", "A");
        using var resident = new HttpClient { BaseAddress = server.BaseAddress };
        resident.DefaultRequestHeaders.Authorization = new("Bearer", token);

        foreach (var path in new[] { "/api/counters/loket-1", "/api/display", "/counter", "/display", "/staff/counter.js" })
        {
            using var response = await resident.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode} on the resident listener");
        }

        using var pair = await resident.PostAsJsonAsync("/api/counters/pair", new { code = "2345-6789" });
        Assert.Equal(HttpStatusCode.NotFound, pair.StatusCode);
        using var page = await server.StaffClient().GetAsync(new Uri("/counter", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // Nor is the resident API on the staff listener, which may be open to the LAN.
        using var staff = server.StaffClient(token);
        using var ticket = await staff.PostAsJsonAsync("/api/tickets", new { service = "A" });
        using var home = await staff.GetAsync(new Uri("/", UriKind.Relative));
        using var office = await staff.GetAsync(new Uri("/api/office", UriKind.Relative));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK), (ticket.StatusCode, home.StatusCode, office.StatusCode));
    }

    [Fact]
    public async Task Too_many_requests_from_one_token_are_429()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Staff:RequestsPerMinute=10");
        var token = server.AddCounter("Loket 1", "A");
        using var staff = server.StaffClient(token);

        for (var i = 0; i < 10; i++)
        {
            using var ok = await staff.GetAsync(new Uri("/api/counters/loket-1", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await staff.GetAsync(new Uri("/api/counters/loket-1", UriKind.Relative));
        var problem = await KioskServer.ReadAsync(refused, 429);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Terlalu banyak", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pairing_code_gives_a_token_once_and_guessing_is_rate_limited()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Staff:PairingAttemptsPerMinute=3");
        var added = server.Services.GetRequiredService<CounterRegistry>().Add("Loket 1", StaffDeviceKind.Counter, ["A"], issueToken: false);
        using var anonymous = server.StaffClient();

        var paired = await PostAsync(anonymous, "/api/counters/pair", new { code = added.PairingCode!.ToLowerInvariant() }, 200);
        var again = await PostAsync(anonymous, "/api/counters/pair", new { code = added.PairingCode }, 400);
        await PostAsync(anonymous, "/api/counters/pair", new { code = "2345-6789" }, 400);
        await PostAsync(anonymous, "/api/counters/pair", new { code = added.PairingCode }, 429);

        Assert.Equal(("counter", "loket-1", "Loket 1"), (paired.GetProperty("kind").GetString(), paired.GetProperty("id").GetString(), paired.GetProperty("name").GetString()));
        Assert.Equal("invalid", again.GetProperty("codes").GetProperty("code").GetString());
        using var staff = server.StaffClient(paired.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri("/api/counters/loket-1", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Every_counter_action_answers_with_the_ticket_and_the_page_shows_the_day()
    {
        await using var server = await KioskServer.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        }

        await server.PostJsonAsync("/api/tickets", new { service = "A", priority = "ibu_hamil" }, 201);

        var first = await server.CounterActionAsync("call-next", 200);
        var recalled = await server.CounterActionAsync("recall", 200);
        var second = await server.CounterActionAsync("call-next", 200);
        var noShow = await server.CounterActionAsync("no-show", 200);
        var outOfOrder = await server.CounterActionAsync("call", 200, body: new { code = "a4" });
        var transferred = await server.CounterActionAsync("transfer", 200, body: new { service = "B" });
        await server.CounterActionAsync("served", 409);
        await server.CounterActionAsync("call", 400, body: new { code = "" });
        await server.CounterActionAsync("transfer", 400, body: new { service = "Z" });
        var page = await server.CounterActionAsync("call-next", 200);

        Assert.Equal("A-005", first.GetProperty("called").GetProperty("code").GetString());
        Assert.Equal(("A-005", "called"), (recalled.GetProperty("code").GetString(), recalled.GetProperty("state").GetString()));
        Assert.Equal(("A-005", "served", "A-001"), (second.GetProperty("closed").GetProperty("code").GetString(), second.GetProperty("closed").GetProperty("state").GetString(), second.GetProperty("called").GetProperty("code").GetString()));
        Assert.Equal("no_show", noShow.GetProperty("state").GetString());
        Assert.Equal("A-004", outOfOrder.GetProperty("called").GetProperty("code").GetString());
        Assert.Equal(("A-004", "B", "waiting"), (transferred.GetProperty("code").GetString(), transferred.GetProperty("service").GetString(), transferred.GetProperty("state").GetString()));
        Assert.Equal("A-002", page.GetProperty("called").GetProperty("code").GetString());

        using var staff = server.StaffClient(server.AddCounter("Loket 2", "A"));
        var view = await staff.GetFromJsonAsync<JsonElement>("/api/counters/loket-2");
        Assert.Equal(["A-003"], view.GetProperty("waiting").EnumerateArray().Select(w => w.GetProperty("code").GetString()));
        Assert.Equal(0, view.GetProperty("stats").GetProperty("called").GetInt32());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("stats").GetProperty("meanServiceMinutes").ValueKind);
    }

    [Fact]
    public async Task A_resident_who_gave_a_phone_is_texted_once_when_called_not_on_recall()
    {
        await using var server = await KioskServer.StartAsync();
        await server.PostJsonAsync("/api/tickets", new { service = "A", phone = "081234567891" }, 201);

        await server.CallNextAsync("Loket 1");
        await server.CounterActionAsync("recall", 200, "Loket 1");
        await server.CounterActionAsync("transfer", 200, "Loket 1", new { service = "B" });
        await server.CallNextAsync("Loket 2");

        var outbox = server.Services.GetRequiredService<ISmsOutbox>();
        var notice = outbox.Find("called:" + DayOf(server) + "/A-001");
        Assert.NotNull(notice);
        Assert.Equal(("+6281234567891", "Nomor A-001 dipanggil ke Loket 1", OutgoingSmsKind.Called), (notice.To, notice.Text, notice.Kind));
        Assert.Equal(1, outbox.PendingCount());
    }

    [Fact]
    public async Task The_display_gets_the_latest_calls_and_each_new_one_pushed()
    {
        await using var server = await KioskServer.StartAsync();
        var display = server.AddCounter("Layar Tunggu", "--display");
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        await server.PostJsonAsync("/api/tickets", new { service = "B" }, 201);
        await server.CallNextAsync();
        using var screen = server.StaffClient(display);

        var shown = await screen.GetFromJsonAsync<JsonElement>("/api/display");
        using var stream = await screen.GetStreamAsync(new Uri("/api/display/events", UriKind.Relative));
        using var reader = new StreamReader(stream);
        Assert.Equal("retry: 2000", await reader.ReadLineAsync());
        await server.CounterActionAsync("recall", 200);
        var pushed = await NextEventAsync(reader);

        var call = shown.GetProperty("calls")[0];
        Assert.Equal(("A-001", "Loket 1", "call"), (call.GetProperty("code").GetString(), call.GetProperty("counter").GetString(), call.GetProperty("kind").GetString()));
        // espeak-ng is a test prerequisite: the call is spoken, its WAV served by the display API.
        Assert.StartsWith("/api/display/audio/", call.GetProperty("audio").GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 1), (shown.GetProperty("waiting").GetProperty("A").GetInt32(), shown.GetProperty("waiting").GetProperty("B").GetInt32()));
        Assert.True(shown.GetProperty("voice").GetBoolean());
        Assert.Equal(("A-001", "recall"), (pushed.GetProperty("code").GetString(), pushed.GetProperty("kind").GetString()));
        Assert.True(pushed.GetProperty("sequence").GetInt64() > call.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task A_removed_counters_token_no_longer_works()
    {
        await using var server = await KioskServer.StartAsync();
        var token = server.AddCounter("Loket 1", "A");
        server.Services.GetRequiredService<CounterRegistry>().Remove("Loket 1");
        using var staff = server.StaffClient(token);

        using var response = await staff.GetAsync(new Uri("/api/counters/loket-1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    internal static async Task<JsonElement> NextEventAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line[6..]).RootElement.Clone();
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }

    private static string DayOf(KioskServer server) =>
        server.Services.GetRequiredService<Core.Queue.QueueService>().Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object? body, int expected, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        return await KioskServer.ReadAsync(response, expected);
    }
}
