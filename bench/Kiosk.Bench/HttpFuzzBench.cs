using System.Diagnostics;
using Kiosk.Testing;

namespace Kiosk.Bench;

/// <summary>The suite's HTTP fuzz for longer: N seeded random requests, counts per status, any 5xx listed.</summary>
internal static class HttpFuzzBench
{
    public static async Task RunAsync(int requests, int seed)
    {
        await using var kiosk = await KioskServer.StartAsync();
        var fuzzer = new HttpFuzzer(seed);
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var answer = await fuzzer.SendOneAsync(kiosk.Client);
            statuses[answer.Status] = statuses.GetValueOrDefault(answer.Status) + 1;
            if (answer.Status >= 500)
            {
                failures.Add($"#{i} {answer.Method} {answer.Path} -> {answer.Status}");
            }
        }

        using var health = await kiosk.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Console.WriteLine($"http-fuzz: {requests} requests (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s; statuses {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}; /healthz {(int)health.StatusCode}");
        foreach (var failure in failures.Take(50))
        {
            Console.WriteLine(failure);
        }

        Environment.ExitCode = failures.Count == 0 && health.IsSuccessStatusCode ? 0 : 1;
    }
}
