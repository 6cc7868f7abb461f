using System.Text.Json;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Sync;
using Microsoft.Extensions.Time.Testing;
using LiteDatabase = LiteDB.LiteDatabase;
using Query = LiteDB.Query;

namespace Kiosk.Host.Tests.Sync;

/// <summary>
/// The sync worker through bad networks and bad answers, over real HTTP against the reference
/// upstream: a week offline, a 5xx storm, one event upstream refuses for good.
/// </summary>
public class SyncResilienceTests
{
    private static Task<KioskServer> StartKioskAsync(ReferenceUpstream upstream, FakeTimeProvider? time = null) =>
        KioskServer.StartAsync(
            time,
            null,
            $"--Kiosk:Upstream:Url={upstream.BaseUri}",
            $"--Kiosk:Upstream:DeviceId={ReferenceUpstream.DeviceId}",
            $"--Kiosk:Upstream:Token={ReferenceUpstream.Token}",
            "--Kiosk:Upstream:RunInBackground=false");

    private static object Complaint(int i) => new
    {
        category = "bansos",
        village = "Desa Tangkil",
        description = $"PKH belum cair sejak Agustus ({i}).",
    };

    private static HashSet<Guid> PendingIds(KioskServer kiosk) =>
        [.. kiosk.Services.GetRequiredService<IOutbox>().Pending(int.MaxValue).Select(e => e.Id)];

    private static List<Guid> StoredIds(IEnumerable<JsonElement> stored) =>
        [.. stored.Select(e => e.GetProperty("id").GetGuid())];

    [Fact]
    public async Task A_week_offline_is_delivered_exactly_once_when_upstream_comes_back()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--error-rate", "1", "--error-status", "503");
        // 08:00 WIB on a Monday.
        var monday = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(monday);
        await using var kiosk = await StartKioskAsync(upstream, time);
        var worker = kiosk.Services.GetRequiredService<SyncWorker>();

        for (var day = 0; day < 7; day++)
        {
            for (var i = 0; i < 4; i++)
            {
                var ticket = await kiosk.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
                Assert.Equal($"A-{i + 1:000}", ticket.GetProperty("code").GetString());
                time.Advance(TimeSpan.FromMinutes(20));
            }

            var called = await kiosk.CallNextAsync();
            Assert.Equal("A-001", called.GetProperty("code").GetString());
            await kiosk.PostJsonAsync("/api/complaints", Complaint(day), 201);

            // The worker keeps trying all day; every try fails and the wait stays within the backoff bounds.
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var wait = await worker.RunCycleAsync(CancellationToken.None);
                Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
                time.Advance(wait);
            }

            // 08:00 WIB the next day.
            time.SetUtcNow(monday.AddDays(day + 1));
        }

        // 7 days x (4 issued + 1 called + 1 complaint created).
        var written = PendingIds(kiosk);
        Assert.Equal(42, written.Count);
        Assert.Empty(await upstream.StoredEventsAsync());

        await upstream.SetFaultsAsync(new { errorRate = 0.0 });
        for (var cycle = 0; cycle < 3 && PendingIds(kiosk).Count > 0; cycle++)
        {
            await worker.RunCycleAsync(CancellationToken.None);
        }

        Assert.Equal(0, kiosk.Services.GetRequiredService<IOutbox>().Count().Pending);
        var stored = await upstream.StoredEventsAsync();
        var storedIds = StoredIds(stored);
        Assert.Equal(storedIds.Count, storedIds.Distinct().Count());
        Assert.True(written.IsSubsetOf(storedIds), "upstream holds every event written while offline");
        // Delivery itself writes one more event per complaint (TERKIRIM), pushed in the same catch-up.
        var terkirim = stored.Where(e => !written.Contains(e.GetProperty("id").GetGuid())).ToList();
        Assert.Equal(7, terkirim.Count);
        Assert.All(terkirim, e => Assert.Equal(("complaint.status_changed", 2L), (e.GetProperty("type").GetString(), e.GetProperty("sequence").GetInt64())));
        Assert.Equal(new OutboxCounts(0, 0, storedIds.Count), kiosk.Services.GetRequiredService<IOutbox>().Count());
        // Each day's A-001 is its own record: issued then called, in order.
        var firsts = stored.Where(e => e.GetProperty("aggregateId").GetString()!.EndsWith("/A-001", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, firsts.Select(e => e.GetProperty("aggregateId").GetString()).Distinct().Count());
        Assert.All(firsts.GroupBy(e => e.GetProperty("aggregateId").GetString()), g => Assert.Equal([1L, 2L], g.Select(e => e.GetProperty("sequence").GetInt64())));
    }

    [Fact]
    public async Task A_hanging_upstream_times_out_on_the_kiosks_clock_and_nothing_is_lost()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--latency-ms", "600000");
        var time = new SteppingTimeProvider();
        time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        await using var kiosk = await StartKioskAsync(upstream, time);
        await kiosk.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        var written = PendingIds(kiosk);
        var worker = kiosk.Services.GetRequiredService<SyncWorker>();

        // The request hangs; only the kiosk's own clock passing Upstream:Timeout (30 s) ends it.
        // Each turn moves the clock, then waits for the cycle to end or for a new timer to be armed
        // (the request's timeout, if it was not yet): no real-time sleep decides anything.
        var cycle = worker.RunCycleAsync(CancellationToken.None);
        for (var i = 0; i < 20 && !cycle.IsCompleted; i++)
        {
            var armed = time.TimersCreated;
            time.Advance(TimeSpan.FromSeconds(31));
            await Task.WhenAny(cycle, time.WaitForTimerAsync(armed + 1));
        }

        Assert.True(cycle.IsCompleted, "the push never timed out although the fake clock passed Upstream:Timeout");
        Assert.InRange(await cycle, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Assert.Equal(written, PendingIds(kiosk));

        await upstream.SetFaultsAsync(new { latencyMs = 0 });
        await worker.RunCycleAsync(CancellationToken.None);

        Assert.Empty(PendingIds(kiosk));
        var storedIds = StoredIds(await upstream.StoredEventsAsync());
        Assert.Equal(written.Order(), storedIds.Order());
    }

    [Fact]
    public async Task A_503_storm_backs_off_growing_loses_nothing_and_delivers_all_when_over()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--error-rate", "1", "--error-status", "503");
        await using var kiosk = await StartKioskAsync(upstream);
        for (var i = 0; i < 5; i++)
        {
            await kiosk.PostJsonAsync("/api/tickets", new { service = "B" }, 201);
        }

        await kiosk.PostJsonAsync("/api/complaints", Complaint(0), 201);
        var written = PendingIds(kiosk);
        var worker = kiosk.Services.GetRequiredService<SyncWorker>();
        var outbox = kiosk.Services.GetRequiredService<IOutbox>();

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            waits.Add(await worker.RunCycleAsync(CancellationToken.None));
            Assert.Equal(6, outbox.Count().Pending);
        }

        // Equal jitter: the n-th wait lies in [2^n s / 2, 2^n s], so it never shrinks while under the
        // 5 min cap (waits 1 to 8); from the 9th on it is drawn from [2.5 min, 5 min].
        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)));
        Assert.InRange(waits[0], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        for (var i = 1; i < 8; i++)
        {
            Assert.True(waits[i] >= waits[i - 1], $"wait {i + 1} ({waits[i]}) is shorter than wait {i} ({waits[i - 1]})");
        }

        Assert.All(waits.Skip(8), w => Assert.InRange(w, TimeSpan.FromMinutes(2.5), TimeSpan.FromMinutes(5)));

        // Upstream asks for 10 minutes: longer than the backoff, so it wins.
        await upstream.SetFaultsAsync(new { retryAfterSeconds = 600 });
        Assert.Equal(TimeSpan.FromMinutes(10), await worker.RunCycleAsync(CancellationToken.None));
        Assert.Equal(6, outbox.Count().Pending);
        var sync = (await kiosk.GetJsonAsync("/healthz", 200)).GetProperty("components").GetProperty("sync");
        Assert.Equal("degraded", sync.GetProperty("state").GetString());
        Assert.Contains("503", sync.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await upstream.SetFaultsAsync(new { errorRate = 0.0 });
        var after = await worker.RunCycleAsync(CancellationToken.None);

        Assert.Equal(kiosk.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<UpstreamOptions>>().Value.PullInterval, after);
        Assert.Equal(0, outbox.Count().Pending);
        var storedIds = StoredIds(await upstream.StoredEventsAsync());
        Assert.Equal(storedIds.Count, storedIds.Distinct().Count());
        Assert.True(written.IsSubsetOf(storedIds), "every event written during the storm is stored");
        Assert.Equal(new OutboxCounts(0, 0, storedIds.Count), outbox.Count());
    }

    [Fact]
    public async Task An_event_upstream_refuses_for_good_is_quarantined_with_its_reason_and_the_rest_go_through()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var kiosk = await StartKioskAsync(upstream);
        try
        {
            await kiosk.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
            await kiosk.PostJsonAsync("/api/tickets", new { service = "B" }, 201);
            await kiosk.PostJsonAsync("/api/complaints", Complaint(0), 201);
            await kiosk.PostJsonAsync("/api/tickets", new { service = "C" }, 201);
            var pending = kiosk.Services.GetRequiredService<IOutbox>().Pending(100);
            var poisoned = Assert.Single(pending, e => e.AggregateId.EndsWith("/A-001", StringComparison.Ordinal));

            // Someone else already holds sequence 1 of that ticket upstream (a restored backup, a cloned SD card).
            var squatter = new
            {
                id = Guid.NewGuid(),
                type = "ticket.issued",
                aggregateType = poisoned.AggregateType,
                aggregateId = poisoned.AggregateId,
                sequence = 1,
                occurredAt = "2026-11-23T01:00:00Z",
                payload = new { service = "A" },
            };
            using (var seeded = await upstream.RawPushAsync(JsonSerializer.Serialize(new { events = new[] { squatter } })))
            {
                Assert.Contains("accepted", await seeded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            await kiosk.Services.GetRequiredService<SyncWorker>().RunCycleAsync(CancellationToken.None);

            var outbox = kiosk.Services.GetRequiredService<IOutbox>();
            // 3 delivered + the complaint's TERKIRIM event that delivery wrote.
            Assert.Equal(new OutboxCounts(0, 1, 4), outbox.Count());
            var storedIds = StoredIds(await upstream.StoredEventsAsync());
            Assert.DoesNotContain(poisoned.Id, storedIds);
            Assert.All(pending.Where(e => e.Id != poisoned.Id), e => Assert.Contains(e.Id, storedIds));
            var sync = (await kiosk.GetJsonAsync("/healthz", 200)).GetProperty("components").GetProperty("sync");
            Assert.Equal(1, sync.GetProperty("data").GetProperty("quarantined").GetInt32());

            // A later change of the same ticket is held back too: upstream could never take it.
            var called = await kiosk.CallNextAsync();
            Assert.Equal("A-001", called.GetProperty("code").GetString());
            await kiosk.Services.GetRequiredService<SyncWorker>().RunCycleAsync(CancellationToken.None);
            Assert.Equal(new OutboxCounts(0, 2, 4), outbox.Count());

            await kiosk.StopAsync();
            using var db = new LiteDatabase($"Filename={Path.Combine(kiosk.DataDirectory, LiteKioskDatabase.FileName)};ReadOnly=true");
            var reasons = db.GetCollection("outbox_done").Find(Query.EQ("State", "quarantined"))
                .ToDictionary(d => d["EventId"].AsGuid, d => d["Reason"].AsString);
            Assert.StartsWith("rejected: sequence_conflict", reasons[poisoned.Id], StringComparison.Ordinal);
            Assert.Contains(reasons, r => r.Key != poisoned.Id && r.Value.StartsWith("blocked:", StringComparison.Ordinal));
        }
        finally
        {
            await kiosk.DisposeAsync();
            if (Directory.Exists(kiosk.DataDirectory))
            {
                Directory.Delete(kiosk.DataDirectory, recursive: true);
            }
        }
    }
}
