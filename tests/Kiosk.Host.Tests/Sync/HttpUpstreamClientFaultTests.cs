using System.Net;
using System.Net.Sockets;
using Kiosk.Core.Sync;

namespace Kiosk.Host.Tests.Sync;

public class HttpUpstreamClientFaultTests
{
    [Fact]
    public async Task Error_rate_one_is_RetryLater_with_the_servers_Retry_After()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--error-rate", "1.0", "--retry-after", "7");
        var client = upstream.Client();

        var push = Assert.IsType<UpstreamOutcome<PushAnswer>.RetryLater>(await client.PushAsync([Events.Ticket("t-1")], CancellationToken.None));
        var pull = Assert.IsType<UpstreamOutcome<PullAnswer>.RetryLater>(await client.PullAsync(null, 10, CancellationToken.None));

        Assert.Equal((RetryReason.ServerError, TimeSpan.FromSeconds(7), 503), (push.Reason, push.RetryAfter, push.StatusCode));
        Assert.Equal(RetryReason.ServerError, pull.Reason);
        Assert.Empty(await upstream.StoredEventsAsync());
    }

    [Fact]
    public async Task A_429_is_RetryLater_Throttled()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await upstream.SetFaultsAsync(new { errorRate = 1.0, errorStatus = 429 });

        var outcome = Assert.IsType<UpstreamOutcome<PushAnswer>.RetryLater>(await upstream.Client().PushAsync([Events.Ticket("t-1")], CancellationToken.None));

        Assert.Equal(RetryReason.Throttled, outcome.Reason);
        Assert.Null(outcome.RetryAfter);
    }

    [Fact]
    public async Task An_unexpected_status_is_Unexpected_so_nothing_is_quarantined()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await upstream.SetFaultsAsync(new { errorRate = 1.0, errorStatus = 409 });

        var outcome = Assert.IsType<UpstreamOutcome<PushAnswer>.Unexpected>(await upstream.Client().PushAsync([Events.Ticket("t-1")], CancellationToken.None));

        Assert.Equal((409, "injected_fault"), (outcome.StatusCode, outcome.Error));
    }

    [Theory]
    [InlineData("status503", RetryReason.ServerError)]
    [InlineData("abort", RetryReason.Network)]
    public async Task A_lost_answer_is_RetryLater_and_the_re_push_is_duplicate_with_nothing_stored_twice(string mode, RetryReason expected)
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--lose-ack-rate", "1", "--lose-ack-mode", mode);
        var client = upstream.Client();
        var batch = new[] { Events.Complaint("LOST-0001"), Events.Ticket("t-1") };

        var lost = Assert.IsType<UpstreamOutcome<PushAnswer>.RetryLater>(await client.PushAsync(batch, CancellationToken.None));
        Assert.Equal(expected, lost.Reason);
        await upstream.SetFaultsAsync(new { loseAckRate = 0.0 });
        var again = Answers.Is<PushAnswer.Delivered>(await client.PushAsync(batch, CancellationToken.None));

        Assert.All(again.Results, r => Assert.Equal(EventOutcome.Duplicate, r.Outcome));
        Assert.Equal(2, (await upstream.StoredEventsAsync()).Count);
    }

    [Fact]
    public async Task Results_listed_twice_by_a_misbehaving_upstream_count_once()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--duplicate-responses");
        var batch = new[] { Events.Ticket("t-1"), Events.Ticket("t-2") };

        var ok = Answers.Is<PushAnswer.Delivered>(await upstream.Client().PushAsync(batch, CancellationToken.None));

        Assert.Equal(batch.Select(e => e.Id), ok.Results.Select(r => r.Id));
        using var raw = await upstream.RawPushAsync($"{{\"events\": [{{\"id\": \"{Guid.NewGuid()}\"}}]}}");
        using var doc = System.Text.Json.JsonDocument.Parse(await raw.Content.ReadAsStringAsync());
        Assert.Equal(2, doc.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task No_answer_within_the_timeout_is_RetryLater_Timeout()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--latency-ms", "10000");

        var outcome = await upstream.Client(timeout: TimeSpan.FromMilliseconds(300)).PullAsync(null, 10, CancellationToken.None);

        Assert.Equal(RetryReason.Timeout, Assert.IsType<UpstreamOutcome<PullAnswer>.RetryLater>(outcome).Reason);
    }

    [Fact]
    public async Task Cancelling_the_callers_token_throws_rather_than_reporting_a_timeout()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--latency-ms", "10000");
        using var cts = new CancellationTokenSource();
        var pending = upstream.Client().PullAsync(null, 10, cts.Token);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task Connection_refused_is_RetryLater_Network()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var outcome = await upstream.Client(url: new Uri($"http://127.0.0.1:{port}/")).PushAsync([Events.Ticket("t-1")], CancellationToken.None);

        Assert.Equal(RetryReason.Network, Assert.IsType<UpstreamOutcome<PushAnswer>.RetryLater>(outcome).Reason);
    }
}
