using System.Net.Http.Json;
using Kiosk.Core.Sync;

namespace Kiosk.Host.Tests.Sync;

public class HttpUpstreamClientRefusalTests
{
    [Fact]
    public async Task A_wrong_token_is_Unauthorized_for_push_pull_and_heartbeat()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var client = upstream.Client(token: "wrong-token");

        Assert.Equal(new UpstreamOutcome<PushAnswer>.Unauthorized(AuthFailure.InvalidToken), await client.PushAsync([Events.Ticket("t-1")], CancellationToken.None));
        Assert.Equal(new UpstreamOutcome<PullAnswer>.Unauthorized(AuthFailure.InvalidToken), await client.PullAsync(null, 10, CancellationToken.None));
        Assert.Equal(new UpstreamOutcome<HeartbeatReceipt>.Unauthorized(AuthFailure.InvalidToken),
            await client.HeartbeatAsync(new DeviceHeartbeat(DateTimeOffset.UnixEpoch, "1.0", null, null, null, new PendingCounts(0, 0), null, null, null), CancellationToken.None));
        Assert.Empty(await upstream.StoredEventsAsync());
    }

    [Fact]
    public async Task A_device_the_upstream_does_not_know_is_Unauthorized_UnknownDevice()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--device", "kec-known=known-token");

        var outcome = await upstream.Client(token: "known-token", deviceId: "kec-stranger").PushAsync([Events.Ticket("t-1")], CancellationToken.None);

        Assert.Equal(new UpstreamOutcome<PushAnswer>.Unauthorized(AuthFailure.UnknownDevice), outcome);
        Answers.Is<PushAnswer.Delivered>(await upstream.Client(token: "known-token", deviceId: "kec-known").PushAsync([Events.Ticket("t-1")], CancellationToken.None));
    }

    [Fact]
    public async Task A_revoked_device_is_Unauthorized_Revoked()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--device", "kec-known=known-token");
        using var revoke = await upstream.Admin.DeleteAsync(new Uri("admin/devices/kec-known", UriKind.Relative));
        revoke.EnsureSuccessStatusCode();

        var outcome = await upstream.Client(token: "known-token", deviceId: "kec-known").PullAsync(null, 10, CancellationToken.None);

        Assert.Equal(new UpstreamOutcome<PullAnswer>.Unauthorized(AuthFailure.Revoked), outcome);
    }

    [Fact]
    public async Task A_404_from_a_wrong_base_path_is_Unexpected_not_an_unknown_device()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var client = upstream.Client(url: new Uri(upstream.BaseUri, "not-the-api/"));

        var outcome = await client.PushAsync([Events.Ticket("t-1")], CancellationToken.None);

        Assert.Equal(404, Assert.IsType<UpstreamOutcome<PushAnswer>.Unexpected>(outcome).StatusCode);
    }

    [Fact]
    public async Task A_device_registered_at_runtime_can_push_with_its_own_token()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--device", "kec-a=token-a");
        using var register = await upstream.Admin.PostAsJsonAsync(new Uri("admin/devices", UriKind.Relative), new { deviceId = "kec-b", token = "token-b" });
        register.EnsureSuccessStatusCode();

        Answers.Is<PushAnswer.Delivered>(await upstream.Client(token: "token-b", deviceId: "kec-b").PushAsync([Events.Ticket("t-1")], CancellationToken.None));
        Assert.Equal(new UpstreamOutcome<PushAnswer>.Unauthorized(AuthFailure.InvalidToken),
            await upstream.Client(token: "token-a", deviceId: "kec-b").PushAsync([Events.Ticket("t-2")], CancellationToken.None));
    }
}
