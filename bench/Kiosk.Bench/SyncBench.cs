using System.Diagnostics;
using System.Globalization;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Sync;
using Kiosk.Upstream;
using LiteDB;

/// <summary>
/// Drains a large outbox into the reference upstream on loopback: fills a kiosk store with
/// <c>events</c> pending ticket events (written straight into the store in bulk, as the kiosk's
/// outbox lays them out), then lets the real SyncWorker push them in batches of 500.
/// Target on the 2-core dev machine: 100 000 events in at most 30 s.
///   dotnet run -c Release --project bench/Kiosk.Bench -- sync [events=100000]
/// </summary>
internal static class SyncBench
{
    private const string Token = "bench-token-0123456789abcdef";

    public static async Task RunAsync(int events)
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-syncbench-" + Guid.NewGuid().ToString("N"));
        var upstreamDb = Path.Combine(Path.GetTempPath(), "kiosk-syncbench-upstream-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var filled = Stopwatch.StartNew();
            Fill(data, events);
            Console.WriteLine($"outbox filled with {events} events in {filled.Elapsed.TotalSeconds:F1} s");

            var upstream = UpstreamApp.Build(["--urls", "http://127.0.0.1:0", "--token", Token, "--db", upstreamDb, "--max-batch", "500", "--Logging:LogLevel:Default=Warning"]);
            await upstream.StartAsync();
            var kiosk = Kiosk.Host.Program.Build([
                "--urls", "http://127.0.0.1:0", $"--Kiosk:Staff:Urls=http://127.0.0.1:{CallBench.StaffPort()}", $"--Kiosk:DataDirectory={data}", "--Logging:LogLevel:Default=Warning",
                $"--Kiosk:Upstream:Url={upstream.Urls.Single()}/", "--Kiosk:Upstream:DeviceId=kec-bench-01", $"--Kiosk:Upstream:Token={Token}",
                "--Kiosk:Upstream:RunInBackground=false", "--Kiosk:Upstream:BatchSize=500", "--Kiosk:Upstream:MaxPending=1000000"]);
            await kiosk.StartAsync();
            var worker = kiosk.Services.GetRequiredService<SyncWorker>();
            var outbox = kiosk.Services.GetRequiredService<IOutbox>();
            var before = outbox.Count();

            var drained = Stopwatch.StartNew();
            var cycles = 0;
            while (outbox.Count().Pending > 0)
            {
                var wait = await worker.RunCycleAsync(CancellationToken.None);
                cycles++;
                if (wait != kiosk.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<UpstreamOptions>>().Value.PullInterval)
                {
                    throw new InvalidOperationException($"sync failed (wait {wait}); see the log");
                }
            }

            drained.Stop();
            var after = outbox.Count();
            await kiosk.StopAsync();
            await kiosk.DisposeAsync();
            await upstream.StopAsync();
            await upstream.DisposeAsync();

            var seconds = drained.Elapsed.TotalSeconds;
            Console.WriteLine($"drained {before.Pending} pending events into the reference upstream on loopback, batch 500, {cycles} cycle(s), {Environment.ProcessorCount} cores");
            Console.WriteLine($"time {seconds:F1} s  ({seconds / 30:F3} of the 30 s target)  {after.Sent / seconds:F0} events/s");
            Console.WriteLine($"after: pending {after.Pending}, sent {after.Sent}, quarantined {after.Quarantined}");
            Console.WriteLine($"peak working set (VmHWM): {PeakMegabytes():F0} MB");
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }

            File.Delete(upstreamDb);
            File.Delete(Path.ChangeExtension(upstreamDb, null) + "-log.db");
        }
    }

    /// <summary>Writes the events as LiteOutbox does (one insert per event, in bulk transactions).</summary>
    private static void Fill(string data, int events)
    {
        using (LiteKioskDatabase.Open(data))
        {
            // Creates the store with the kiosk's own layout first.
        }

        using var db = new LiteDatabase(new ConnectionString { Filename = Path.Combine(data, LiteKioskDatabase.FileName), Connection = ConnectionType.Direct });
        var pending = db.GetCollection("outbox", BsonAutoId.Int64);
        var day = new DateTime(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);
        pending.InsertBulk(Enumerable.Range(1, events).Select(i => new BsonDocument
        {
            ["EventId"] = Guid.CreateVersion7(),
            ["Type"] = "ticket.issued",
            ["AggregateType"] = "ticket",
            ["AggregateId"] = string.Create(CultureInfo.InvariantCulture, $"2026-11-23/A-{i:000000}"),
            ["Sequence"] = 1L,
            ["OccurredAt"] = day.AddMilliseconds(i * 250),
            ["Payload"] = string.Create(CultureInfo.InvariantCulture, $$"""{"service":"A","number":{{i}},"priority":false,"state":"waiting"}"""),
        }));
    }

    private static double PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null
            ? Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0
            : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
}
