using System.Text.Json;
using Kiosk.Core.Sync;
using Kiosk.Host.Sms;
using Kiosk.Host.Sync;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kiosk.Host.Tests.Sync;

/// <summary>When sync runs (a new event wakes it) and what the heartbeat carries.</summary>
public class SyncTriggersTests
{
    private static readonly object Complaint = new
    {
        category = "bansos",
        village = "Desa Tangkil",
        description = "PKH belum cair sejak Agustus.",
        phone = "081298765432",
    };

    private static string[] Upstream(ReferenceUpstream upstream, bool background) =>
    [
        $"--Kiosk:Upstream:Url={upstream.BaseUri}",
        $"--Kiosk:Upstream:DeviceId={ReferenceUpstream.DeviceId}",
        $"--Kiosk:Upstream:Token={ReferenceUpstream.Token}",
        "--Kiosk:Upstream:PullInterval=01:00:00",
        $"--Kiosk:Upstream:RunInBackground={background}",
    ];

    [Fact]
    public async Task A_filed_complaint_wakes_the_sync_and_reaches_upstream_long_before_the_pull_interval()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await using var kiosk = await KioskServer.StartAsync(null, null, Upstream(upstream, background: true));
        var worker = kiosk.Services.GetRequiredService<SyncWorker>();
        // The first cycle is over and the worker now waits an hour.
        await Eventually.Get(() => worker.NextAttemptAt, at => at is not null, "the first sync cycle");

        var code = (await kiosk.PostJsonAsync("/api/complaints", Complaint, 201)).GetProperty("trackingCode").GetString()!;

        var stored = await Eventually.GetAsync(
            upstream.StoredEventsAsync,
            events => events.Any(e => e.GetProperty("aggregateId").GetString() == code),
            "complaint.created upstream");
        Assert.Contains(stored, e => e.GetProperty("type").GetString() == "complaint.created" && e.GetProperty("aggregateId").GetString() == code);
        Assert.True(worker.NextAttemptAt > DateTimeOffset.UtcNow.AddMinutes(30), $"next attempt {worker.NextAttemptAt}: the hour's wait was not what delivered it");
    }

    [Fact]
    public async Task The_heartbeat_carries_the_modems_signal_registration_and_operator()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await using var kiosk = await KioskServer.StartAsync(null, null, [.. Upstream(upstream, background: false), "--Kiosk:Modem:Transport=simulated"]);
        var modem = kiosk.Services.GetRequiredService<ModemStatus>();
        await Eventually.Get(() => modem.SignalDbm, dbm => dbm is not null, "the gateway's first signal reading");

        await kiosk.Services.GetRequiredService<SyncWorker>().RunCycleAsync(CancellationToken.None);

        var heartbeat = Assert.Single(await upstream.HeartbeatsAsync());
        var sent = heartbeat.GetProperty("modem");
        Assert.Equal(modem.SignalDbm, sent.GetProperty("signalDbm").GetInt32());
        Assert.Equal(modem.IsRegistered, sent.GetProperty("registered").GetBoolean());
        Assert.Equal(modem.Operator, sent.GetProperty("operator").GetString());
        // No UPS is wired in this test: unknown, not "on mains".
        Assert.True(IsNull(heartbeat, "onBattery"), heartbeat.ToString());
    }

    [Fact]
    public async Task Without_a_modem_the_heartbeat_says_so_with_a_null_modem()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await using var kiosk = await KioskServer.StartAsync(null, null, Upstream(upstream, background: false));

        await kiosk.Services.GetRequiredService<SyncWorker>().RunCycleAsync(CancellationToken.None);

        var heartbeat = Assert.Single(await upstream.HeartbeatsAsync());
        Assert.True(IsNull(heartbeat, "modem"), heartbeat.ToString());
        Assert.True(heartbeat.TryGetProperty("printer", out _), heartbeat.ToString());
    }

    [Fact]
    public async Task A_success_after_a_long_outage_resets_the_backoff_even_when_the_same_cycle_then_fails()
    {
        var upstream = new ScriptedUpstream();
        await using var kiosk = await KioskServer.StartWithAsync(
            services => services.Replace(ServiceDescriptor.Singleton<IUpstreamClient>(upstream)),
            null,
            null,
            "--Kiosk:Upstream:Url=http://127.0.0.1:9/",
            $"--Kiosk:Upstream:DeviceId={ReferenceUpstream.DeviceId}",
            $"--Kiosk:Upstream:Token={ReferenceUpstream.Token}",
            "--Kiosk:Upstream:RunInBackground=false");
        var worker = kiosk.Services.GetRequiredService<SyncWorker>();
        var outage = TimeSpan.Zero;
        for (var i = 0; i < 10; i++)
        {
            outage = await worker.RunCycleAsync(CancellationToken.None);
        }

        Assert.InRange(outage, TimeSpan.FromSeconds(150), TimeSpan.FromMinutes(5));

        // The network is back for pushes; the pull that follows in the same cycle still fails.
        await kiosk.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        upstream.PushAnswers = true;
        var hiccup = await worker.RunCycleAsync(CancellationToken.None);

        Assert.Equal(1, upstream.Pushes);
        Assert.InRange(hiccup, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    /// <summary>Null on the wire: written as null or left out.</summary>
    private static bool IsNull(JsonElement heartbeat, string field) =>
        !heartbeat.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null;

    /// <summary>An upstream whose pull always fails and whose push answers only when told to.</summary>
    private sealed class ScriptedUpstream : IUpstreamClient
    {
        public bool PushAnswers { get; set; }

        public int Pushes { get; private set; }

        public Task<UpstreamOutcome<PushAnswer>> PushAsync(IReadOnlyList<UpstreamEvent> events, CancellationToken ct)
        {
            if (!PushAnswers)
            {
                return Task.FromResult<UpstreamOutcome<PushAnswer>>(new UpstreamOutcome<PushAnswer>.RetryLater(RetryReason.Network, null));
            }

            Pushes++;
            return Task.FromResult<UpstreamOutcome<PushAnswer>>(new UpstreamOutcome<PushAnswer>.Answered(new PushAnswer.Delivered([.. events.Select(e => new EventResult(e.Id, EventOutcome.Accepted))])));
        }

        public Task<UpstreamOutcome<PullAnswer>> PullAsync(string? cursor, int limit, CancellationToken ct) =>
            Task.FromResult<UpstreamOutcome<PullAnswer>>(new UpstreamOutcome<PullAnswer>.RetryLater(RetryReason.Network, null));

        public Task<UpstreamOutcome<HeartbeatReceipt>> HeartbeatAsync(DeviceHeartbeat heartbeat, CancellationToken ct) =>
            Task.FromResult<UpstreamOutcome<HeartbeatReceipt>>(new UpstreamOutcome<HeartbeatReceipt>.Answered(new HeartbeatReceipt()));
    }
}
