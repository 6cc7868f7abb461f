using System.Net;
using System.Net.Http.Json;
using Kiosk.Core.Sms;
using Kiosk.Core.Storage;
using Kiosk.Host.Sync;

namespace Kiosk.Host.Tests.Sync;

/// <summary>The kiosk's sync worker against the reference upstream, both on Kestrel.</summary>
public class SyncWorkerTests
{
    private static Task<KioskServer> StartKioskAsync(ReferenceUpstream upstream, string token = ReferenceUpstream.Token) =>
        KioskServer.StartAsync(
            null,
            null,
            $"--Kiosk:Upstream:Url={upstream.BaseUri}",
            $"--Kiosk:Upstream:DeviceId={ReferenceUpstream.DeviceId}",
            $"--Kiosk:Upstream:Token={token}",
            "--Kiosk:Upstream:RunInBackground=false");

    private static object Complaint(string phone = "081298765432") => new
    {
        category = "bansos",
        village = "Desa Tangkil",
        description = "PKH belum cair sejak Agustus.",
        phone,
    };

    [Fact]
    public async Task A_filed_complaint_reaches_upstream_and_becomes_TERKIRIM()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await using var kiosk = await StartKioskAsync(upstream);
        var code = (await kiosk.PostJsonAsync("/api/complaints", Complaint(), 201)).GetProperty("trackingCode").GetString()!;
        await kiosk.PostJsonAsync("/api/tickets", new { service = "A" }, 201);

        await kiosk.Services.GetRequiredService<SyncWorker>().RunCycleAsync(CancellationToken.None);

        var stored = await upstream.StoredEventsAsync();
        Assert.Contains(stored, e => e.GetProperty("type").GetString() == "complaint.created" && e.GetProperty("aggregateId").GetString() == code);
        Assert.Contains(stored, e => e.GetProperty("type").GetString() == "ticket.issued");
        var status = await kiosk.GetJsonAsync($"/api/status/{code}", 200);
        Assert.Equal("TERKIRIM", status.GetProperty("status").GetString());
        var health = await kiosk.GetJsonAsync("/healthz", 200);
        Assert.Equal("ok", health.GetProperty("components").GetProperty("sync").GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_officers_status_change_is_pulled_into_the_history_and_texted_once()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await using var kiosk = await StartKioskAsync(upstream);
        var code = (await kiosk.PostJsonAsync("/api/complaints", Complaint(), 201)).GetProperty("trackingCode").GetString()!;
        var worker = kiosk.Services.GetRequiredService<SyncWorker>();
        await worker.RunCycleAsync(CancellationToken.None);

        using var moved = await upstream.MoveComplaintAsync(code, "DIPROSES", "Diteruskan ke Dinas Sosial");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        await worker.RunCycleAsync(CancellationToken.None);
        await worker.RunCycleAsync(CancellationToken.None);

        var status = await kiosk.GetJsonAsync($"/api/status/{code}", 200);
        Assert.Equal("DIPROSES", status.GetProperty("status").GetString());
        Assert.Equal("Diteruskan ke Dinas Sosial", status.GetProperty("history").EnumerateArray().Last().GetProperty("note").GetString());
        var sms = kiosk.Services.GetRequiredService<ISmsOutbox>();
        var notice = Assert.Single(sms.Due(DateTimeOffset.MaxValue, 10));
        Assert.Equal("+6281298765432", notice.To);
        Assert.Contains(code, notice.Text, StringComparison.Ordinal);
        Assert.True(notice.Text.Length <= 160, notice.Text);
    }

    [Fact]
    public async Task An_acknowledgement_lost_after_commit_is_pushed_again_and_stored_once()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--lose-ack-rate", "1");
        await using var kiosk = await StartKioskAsync(upstream);
        await kiosk.PostJsonAsync("/api/tickets", new { service = "B" }, 201);
        var worker = kiosk.Services.GetRequiredService<SyncWorker>();

        var wait = await worker.RunCycleAsync(CancellationToken.None);
        Assert.Equal(1, kiosk.Services.GetRequiredService<IOutbox>().Count().Pending);
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

        using var healed = await upstream.Admin.PostAsJsonAsync(new Uri("admin/faults", UriKind.Relative), new { loseAckRate = 0.0 });
        await worker.RunCycleAsync(CancellationToken.None);

        Assert.Equal(0, kiosk.Services.GetRequiredService<IOutbox>().Count().Pending);
        Assert.Single(await upstream.StoredEventsAsync(), e => e.GetProperty("type").GetString() == "ticket.issued");
    }

    [Fact]
    public async Task A_refused_token_halts_sync_for_an_hour_and_shows_in_health()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await using var kiosk = await StartKioskAsync(upstream, token: "wrong-token-000000000000");
        await kiosk.PostJsonAsync("/api/tickets", new { service = "A" }, 201);

        var wait = await kiosk.Services.GetRequiredService<SyncWorker>().RunCycleAsync(CancellationToken.None);

        Assert.Equal(SyncWorker.LongPause, wait);
        Assert.Equal(1, kiosk.Services.GetRequiredService<IOutbox>().Count().Pending);
        var sync = (await kiosk.GetJsonAsync("/healthz", 200)).GetProperty("components").GetProperty("sync");
        Assert.Equal("degraded", sync.GetProperty("state").GetString());
        Assert.Contains("token", sync.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong-token", (await kiosk.Client.GetStringAsync(new Uri("/healthz", UriKind.Relative))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_upstream_URL_sync_is_disabled_and_said_so()
    {
        await using var kiosk = await KioskServer.StartAsync();

        var sync = (await kiosk.GetJsonAsync("/healthz", 200)).GetProperty("components").GetProperty("sync");

        Assert.Equal("disabled", sync.GetProperty("state").GetString());
        Assert.Contains("Kiosk:Upstream:Url", sync.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kiosk_offline_for_days_catches_up_in_order()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await using var kiosk = await KioskServer.StartAsync(
            null,
            null,
            "--Kiosk:Upstream:Url=http://127.0.0.1:9/",
            $"--Kiosk:Upstream:DeviceId={ReferenceUpstream.DeviceId}",
            $"--Kiosk:Upstream:Token={ReferenceUpstream.Token}",
            "--Kiosk:Upstream:RunInBackground=false",
            "--Kiosk:Upstream:BatchSize=7");
        for (var i = 0; i < 30; i++)
        {
            await kiosk.PostJsonAsync("/api/tickets", new { service = "C" }, 201);
        }

        await kiosk.CallNextAsync();
        await kiosk.CounterActionAsync("served", 200);
        var offline = await kiosk.Services.GetRequiredService<SyncWorker>().RunCycleAsync(CancellationToken.None);
        Assert.InRange(offline, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Assert.Equal(32, kiosk.Services.GetRequiredService<IOutbox>().Count().Pending);

        // The network is back: a second kiosk process over the same store would see the same outbox;
        // here the same engine is pointed at the reachable upstream through a fresh client.
        await using var online = await StartKioskOnSameStoreAsync(kiosk, upstream);
        await online.Services.GetRequiredService<SyncWorker>().RunCycleAsync(CancellationToken.None);

        Assert.Equal(0, online.Services.GetRequiredService<IOutbox>().Count().Pending);
        var c001 = (await upstream.StoredEventsAsync()).Where(e => e.GetProperty("aggregateId").GetString()!.EndsWith("C-001", StringComparison.Ordinal)).Select(e => e.GetProperty("sequence").GetInt64());
        Assert.Equal([1L, 2L, 3L], c001);
    }

    private static async Task<KioskServer> StartKioskOnSameStoreAsync(KioskServer offline, ReferenceUpstream upstream)
    {
        var directory = offline.DataDirectory;
        await offline.StopAsync();
        return await KioskServer.StartAsync(
            null,
            directory,
            $"--Kiosk:Upstream:Url={upstream.BaseUri}",
            $"--Kiosk:Upstream:DeviceId={ReferenceUpstream.DeviceId}",
            $"--Kiosk:Upstream:Token={ReferenceUpstream.Token}",
            "--Kiosk:Upstream:RunInBackground=false");
    }
}
