using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kiosk.Upstream;

namespace Kiosk.Host.Tests.Sync;

public class ReferenceUpstreamAdminTests
{
    [Fact]
    public async Task Moving_a_complaint_it_never_received_is_404()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();

        using var response = await upstream.MoveComplaintAsync("NEVR-SEEN", "DIPROSES");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unknown_complaint", await ErrorAsync(response));
    }

    [Fact]
    public async Task A_ticket_event_does_not_make_a_complaint()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await upstream.Client().PushAsync([Events.Ticket("ABCD-EFGH")], CancellationToken.None);

        using var response = await upstream.MoveComplaintAsync("ABCD-EFGH", "DIPROSES");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("DIPROSES", "DIVERIFIKASI", "invalid_transition")]
    [InlineData("SELESAI", "DITOLAK", "invalid_transition")]
    [InlineData("DITOLAK", "SELESAI", "invalid_transition")]
    [InlineData(null, "TERKIRIM", "invalid_status")]
    [InlineData(null, "DITERIMA", "invalid_status")]
    [InlineData(null, "diproses", "invalid_status")]
    [InlineData(null, "SOMETHING", "invalid_status")]
    public async Task A_move_that_is_not_allowed_is_400_and_records_no_update(string? first, string then, string error)
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await upstream.Client().PushAsync([Events.Complaint("MOVE-0001")], CancellationToken.None);
        var before = 0;
        if (first is not null)
        {
            using var ok = await upstream.MoveComplaintAsync("move-0001", first);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            before = 1;
        }

        using var response = await upstream.MoveComplaintAsync("MOVE-0001", then);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(error, await ErrorAsync(response));
        var pulled = Answers.Is<Core.Sync.PullAnswer.Page>(await upstream.Client().PullAsync(null, 100, CancellationToken.None));
        Assert.Equal(before, pulled.Updates.Count);
    }

    [Fact]
    public async Task Skipping_a_step_forward_and_rejecting_from_any_open_state_are_allowed()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await upstream.Client().PushAsync([Events.Complaint("SKIP-0001"), Events.Complaint("REJ-0001")], CancellationToken.None);

        using var skip = await upstream.MoveComplaintAsync("SKIP-0001", "SELESAI");
        using var reject = await upstream.MoveComplaintAsync("REJ-0001", "DITOLAK", "Bukan wewenang kecamatan");

        Assert.Equal(HttpStatusCode.OK, skip.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
    }

    [Fact]
    public async Task A_note_over_500_characters_is_400()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await upstream.Client().PushAsync([Events.Complaint("NOTE-0001")], CancellationToken.None);

        using var response = await upstream.MoveComplaintAsync("NOTE-0001", "DIPROSES", new string('x', 501));

        Assert.Equal("invalid_note", await ErrorAsync(response));
    }

    [Fact]
    public async Task Fault_settings_out_of_range_are_400_and_change_nothing()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();

        using var response = await upstream.Admin.PostAsJsonAsync(new Uri("admin/faults", UriKind.Relative), new { errorRate = 1.5 });

        Assert.Equal("invalid_faults", await ErrorAsync(response));
        using var doc = JsonDocument.Parse(await upstream.Admin.GetStringAsync(new Uri("admin/faults", UriKind.Relative)));
        Assert.Equal(0, doc.RootElement.GetProperty("errorRate").GetDouble());
    }

    [Theory]
    [InlineData("--error-rate", "2", "--error-rate must be a number from 0 to 1")]
    [InlineData("--lose-ack-mode", "sometimes", "--lose-ack-mode must be status503 or abort")]
    [InlineData("--device", "no-token", "--device expects ID=TOKEN")]
    [InlineData("--max-batch", "zero", "--max-batch must be a whole number")]
    public void A_bad_start_option_is_refused_naming_the_option(string option, string value, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => UpstreamApp.Build([option, value]));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("events", "{\"events\": [", "invalid_batch")]
    [InlineData("events", "[]", "invalid_batch")]
    [InlineData("events", "{\"events\": []}", "invalid_batch")]
    [InlineData("events", "{\"events\": {}}", "invalid_batch")]
    [InlineData("heartbeat", "{\"appVersion\": \"1.0\"}", "invalid_heartbeat")]
    [InlineData("heartbeat", "{\"at\": \"yesterday\"}", "invalid_heartbeat")]
    [InlineData("heartbeat", "not json", "invalid_heartbeat")]
    public async Task A_malformed_body_is_400_with_the_error_code(string endpoint, string body, string error)
    {
        await using var upstream = await ReferenceUpstream.StartAsync();

        using var response = await upstream.RawPushAsync(body, endpoint);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(error, await ErrorAsync(response));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=ten")]
    public async Task A_pull_limit_outside_1_to_500_is_400_invalid_limit(string query)
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"api/v1/devices/{ReferenceUpstream.DeviceId}/updates?{query}", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", ReferenceUpstream.Token);

        using var response = await upstream.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_limit", await ErrorAsync(response));
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("error").GetString();
    }
}
