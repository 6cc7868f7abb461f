using System.Net;
using Kiosk.Core.Printing;
using Kiosk.Core.Sync;

namespace Kiosk.Host.Tests.Sync;

public class HttpUpstreamClientPullTests
{
    [Fact]
    public async Task An_officer_status_change_comes_back_on_pull_with_the_next_cursor()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var client = upstream.Client();
        await client.PushAsync([Events.Complaint("7KQ2-M9XD")], CancellationToken.None);
        using var moved = await upstream.MoveComplaintAsync("7KQ2-M9XD", "DIVERIFIKASI", "Data sedang diperiksa");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var first = Answers.Is<PullAnswer.Page>(await client.PullAsync(null, 100, CancellationToken.None));

        var update = Assert.Single(first.Updates);
        Assert.Equal(("7KQ2-M9XD", "DIVERIFIKASI", "Data sedang diperiksa"), (update.TrackingCode, update.Status, update.Note));
        Assert.Equal(TimeSpan.Zero, update.At.Offset);
        Assert.False(first.More);
        Assert.False(string.IsNullOrEmpty(first.Cursor));

        var second = Answers.Is<PullAnswer.Page>(await client.PullAsync(first.Cursor, 100, CancellationToken.None));
        Assert.Empty(second.Updates);
        Assert.Equal(first.Cursor, second.Cursor);
        Assert.False(second.More);
    }

    [Fact]
    public async Task Pull_pages_by_limit_and_says_when_there_is_more()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var client = upstream.Client();
        await client.PushAsync([Events.Complaint("PAGE-0001")], CancellationToken.None);
        foreach (var status in new[] { "DIVERIFIKASI", "DIPROSES", "SELESAI" })
        {
            using var r = await upstream.MoveComplaintAsync("PAGE-0001", status);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        var page1 = Answers.Is<PullAnswer.Page>(await client.PullAsync(null, 2, CancellationToken.None));
        var page2 = Answers.Is<PullAnswer.Page>(await client.PullAsync(page1.Cursor, 2, CancellationToken.None));

        Assert.Equal(["DIVERIFIKASI", "DIPROSES"], page1.Updates.Select(u => u.Status));
        Assert.True(page1.More);
        Assert.Equal(["SELESAI"], page2.Updates.Select(u => u.Status));
        Assert.False(page2.More);
    }

    [Fact]
    public async Task A_device_only_pulls_updates_of_complaints_it_sent()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await upstream.Client(deviceId: "kec-other").PushAsync([Events.Complaint("OTHR-0001")], CancellationToken.None);
        using var r = await upstream.MoveComplaintAsync("OTHR-0001", "DIPROSES");

        var ok = Answers.Is<PullAnswer.Page>(await upstream.Client().PullAsync(null, 100, CancellationToken.None));

        Assert.Empty(ok.Updates);
        Assert.Null(ok.Cursor);
    }

    [Fact]
    public async Task A_cursor_the_upstream_does_not_know_is_InvalidCursor()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();

        Answers.Is<PullAnswer.InvalidCursor>(await upstream.Client().PullAsync("c999", 10, CancellationToken.None));
        Answers.Is<PullAnswer.InvalidCursor>(await upstream.Client().PullAsync("not a cursor", 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_limit_outside_the_contract_is_refused_before_sending()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => upstream.Client().PullAsync(null, 0, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => upstream.Client().PullAsync(null, 501, CancellationToken.None));
    }

    [Fact]
    public async Task A_heartbeat_is_received_with_its_fields_in_the_contract_shape()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var heartbeat = new DeviceHeartbeat(
            new DateTimeOffset(2026, 11, 23, 10, 20, 0, TimeSpan.FromHours(7)), "1.4.2", "Debian 12 aarch64",
            new HeartbeatModem(-79, true, "TELKOMSEL"), new HeartbeatPrinter(PrinterCondition.PaperOut), new PendingCounts(12, 0),
            12_884_901_888, 51.5, false);

        Answers.Is<HeartbeatReceipt>(await upstream.Client().HeartbeatAsync(heartbeat, CancellationToken.None));

        using var doc = System.Text.Json.JsonDocument.Parse(await upstream.Admin.GetStringAsync(new Uri("admin/heartbeats", UriKind.Relative)));
        var stored = doc.RootElement.EnumerateArray().Single();
        Assert.Equal(ReferenceUpstream.DeviceId, stored.GetProperty("deviceId").GetString());
        var body = stored.GetProperty("heartbeat");
        Assert.Equal("paper_out", body.GetProperty("printer").GetProperty("state").GetString());
        Assert.Equal(-79, body.GetProperty("modem").GetProperty("signalDbm").GetInt32());
        Assert.Equal(12, body.GetProperty("pending").GetProperty("outbox").GetInt32());
        Assert.Equal("2026-11-23T03:20:00+00:00", body.GetProperty("at").GetString());
    }
}
