using System.Net;
using System.Text;
using Kiosk.Core.Sync;
using Kiosk.Host.Sync;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Host.Tests.Sync;

/// <summary>
/// Answers the reference upstream never gives (a broken upstream or a proxy in between), served by
/// a canned handler. Everything the real upstream can say is tested against it instead.
/// </summary>
public class HttpUpstreamClientAnswerTests
{
    private const string Token = "device-token-0123456789-SECRET";

    private static readonly UpstreamEvent Sent = Events.Ticket("t-1");

    [Theory]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("{}")]
    [InlineData("{\"results\": [{\"id\": \"not-a-guid\", \"outcome\": \"accepted\"}]}")]
    [InlineData("{\"results\": [{\"outcome\": \"accepted\"}]}")]
    [InlineData("{\"results\": [{\"id\": \"$ID\", \"outcome\": \"stored\"}]}")]
    [InlineData("{\"results\": [{\"id\": \"$ID\", \"outcome\": \"accepted\"}, {\"id\": \"$ID\", \"outcome\": \"rejected\", \"reason\": \"invalid_event\"}]}")]
    public async Task A_200_whose_body_breaks_the_contract_is_RetryLater_UnreadableAnswer(string body)
    {
        var client = Client(_ => Json(HttpStatusCode.OK, body.Replace("$ID", Sent.Id.ToString(), StringComparison.Ordinal)));

        var outcome = Assert.IsType<UpstreamOutcome<PushAnswer>.RetryLater>(await client.PushAsync([Sent], CancellationToken.None));

        Assert.Equal(RetryReason.UnreadableAnswer, outcome.Reason);
    }

    [Fact]
    public async Task A_result_for_an_event_not_sent_is_ignored_and_an_event_without_result_stays_unanswered()
    {
        var other = Events.Ticket("t-2");
        var client = Client(_ => Json(HttpStatusCode.OK, $"{{\"results\": [{{\"id\": \"{Guid.NewGuid()}\", \"outcome\": \"accepted\"}}, {{\"id\": \"{Sent.Id}\", \"outcome\": \"duplicate\"}}]}}"));

        var ok = Answers.Is<PushAnswer.Delivered>(await client.PushAsync([Sent, other], CancellationToken.None));

        var only = Assert.Single(ok.Results);
        Assert.Equal((Sent.Id, EventOutcome.Duplicate), (only.Id, only.Outcome));
    }

    [Fact]
    public async Task A_rejection_without_a_reason_is_quarantined_as_unspecified()
    {
        var client = Client(_ => Json(HttpStatusCode.OK, $"{{\"results\": [{{\"id\": \"{Sent.Id}\", \"outcome\": \"rejected\"}}]}}"));

        var result = Answers.Is<PushAnswer.Delivered>(await client.PushAsync([Sent], CancellationToken.None)).Results.Single();

        Assert.Equal(("unspecified", RejectReason.Other, true), (result.Reason, result.RejectReason, result.ShouldQuarantine));
    }

    [Fact]
    public async Task Retry_After_as_an_http_date_is_measured_from_the_injected_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));
        var client = Client(_ =>
        {
            var response = Json(HttpStatusCode.ServiceUnavailable, "{}");
            response.Headers.RetryAfter = new(new DateTimeOffset(2026, 11, 23, 3, 2, 30, TimeSpan.Zero));
            return response;
        }, time);

        var outcome = Assert.IsType<UpstreamOutcome<PushAnswer>.RetryLater>(await client.PushAsync([Sent], CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(150), outcome.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout, RetryReason.RequestTimeout)]
    [InlineData(HttpStatusCode.BadGateway, RetryReason.ServerError)]
    [InlineData(HttpStatusCode.GatewayTimeout, RetryReason.ServerError)]
    public async Task Gateway_and_timeout_statuses_are_RetryLater(HttpStatusCode status, RetryReason reason)
    {
        var client = Client(_ => Json(status, "<html>proxy</html>"));

        Assert.Equal(reason, Assert.IsType<UpstreamOutcome<PullAnswer>.RetryLater>(await client.PullAsync(null, 10, CancellationToken.None)).Reason);
        Assert.Equal(reason, Assert.IsType<UpstreamOutcome<HeartbeatReceipt>.RetryLater>(await client.HeartbeatAsync(Heartbeat(), CancellationToken.None)).Reason);
    }

    [Fact]
    public async Task A_400_other_than_invalid_cursor_on_pull_is_Unexpected()
    {
        var client = Client(_ => Json(HttpStatusCode.BadRequest, "{\"error\": \"invalid_limit\"}"));

        var outcome = Assert.IsType<UpstreamOutcome<PullAnswer>.Unexpected>(await client.PullAsync(null, 10, CancellationToken.None));

        Assert.Equal((400, "invalid_limit"), (outcome.StatusCode, outcome.Error));
    }

    [Fact]
    public async Task Requests_carry_the_bearer_token_and_go_to_the_device_path_under_the_base_url()
    {
        HttpRequestMessage? seen = null;
        var client = Client(r =>
        {
            seen = r;
            return Json(HttpStatusCode.OK, "{\"updates\": [], \"more\": false}");
        }, url: "https://sync.example.go.id/kiosk/");

        Answers.Is<PullAnswer.Page>(await client.PullAsync("c 1/2", 25, CancellationToken.None));

        Assert.Equal(("Bearer", Token), (seen!.Headers.Authorization!.Scheme, seen.Headers.Authorization.Parameter));
        Assert.Equal("https://sync.example.go.id/kiosk/api/v1/devices/kec%20x/updates?limit=25&cursor=c%201%2F2", seen.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task The_token_never_appears_in_the_logs_only_its_masked_form()
    {
        var logs = new ListLogger<HttpUpstreamClient>();
        var client = Client(_ => Json(HttpStatusCode.Unauthorized, "{\"error\": \"invalid_token\"}"), logger: logs);

        Assert.Equal(new UpstreamOutcome<PushAnswer>.Unauthorized(AuthFailure.InvalidToken), await client.PushAsync([Sent], CancellationToken.None));

        var refused = Assert.Single(logs.Entries, l => l.Message.Contains("refused", StringComparison.Ordinal));
        Assert.Contains(TokenMask.Mask(Token), refused.Message, StringComparison.Ordinal);
        Assert.All(logs.Entries, l => Assert.DoesNotContain("SECRET", l.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calling_the_client_while_sync_is_disabled_is_a_programming_error()
    {
        var client = new HttpUpstreamClient(new HttpClient(), Options.Create(new UpstreamOptions()), new ListLogger<HttpUpstreamClient>(), TimeProvider.System);

        await Assert.ThrowsAsync<UpstreamException>(() => client.PullAsync(null, 10, CancellationToken.None));
    }

    private static DeviceHeartbeat Heartbeat() =>
        new(DateTimeOffset.UnixEpoch, "1.0", null, null, null, new PendingCounts(0, 0), null, null, null);

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpUpstreamClient Client(
        Func<HttpRequestMessage, HttpResponseMessage> answer, TimeProvider? time = null, string url = "https://sync.example.go.id",
        ILogger<HttpUpstreamClient>? logger = null) =>
        new(new HttpClient(new CannedHandler(answer)),
            Options.Create(new UpstreamOptions { Url = url, DeviceId = "kec x", Token = Token }),
            logger ?? new ListLogger<HttpUpstreamClient>(), time ?? TimeProvider.System);

    private sealed class CannedHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
