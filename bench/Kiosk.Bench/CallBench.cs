using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Threading.Channels;
using Kiosk.Bench;
using Kiosk.Core.Counters;
using Kiosk.Core.Queue;


/// <summary>
/// A counter's call to the waiting-room display's screen: from the start of
/// <c>POST /api/counters/{id}/call-next</c> on the staff listener to the display's Server-Sent Event
/// for that call arriving at the reader, over real Kestrel on loopback and the LiteDB file.
/// Target: p99 &lt;= 250 ms on the 2-core dev machine.
///   dotnet run -c Release --project bench/Kiosk.Bench -- calls [calls=500] [warmup=50]
/// </summary>
internal static class CallBench
{
    private const double TargetMs = 250;

    public static async Task RunAsync(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var warmup = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var data = Path.Combine(Path.GetTempPath(), "kiosk-callbench-" + Guid.NewGuid().ToString("N"));
        var staff = new Uri($"http://127.0.0.1:{StaffPort()}");
        var app = Kiosk.Host.Program.Build(["--urls", "http://127.0.0.1:0", $"--Kiosk:Staff:Urls={staff}", "--Kiosk:Staff:RequestsPerMinute=100000",
            $"--Kiosk:DataDirectory={data}", "--Kiosk:Modem:Transport=none", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        try
        {
            var queue = app.Services.GetRequiredService<QueueService>();
            for (var i = 0; i < calls + warmup; i++)
            {
                queue.Issue(new TicketRequest(i % 7 == 0 ? "B" : "A", i % 5 == 0 ? Priority.Lansia : Priority.None));
            }

            var registry = app.Services.GetRequiredService<CounterRegistry>();
            var counterToken = registry.Add("Loket 1", StaffDeviceKind.Counter, ["A", "B"], issueToken: true).Token;
            var displayToken = registry.Add("Layar", StaffDeviceKind.Display, [], issueToken: true).Token;
            using var counter = new HttpClient { BaseAddress = staff };
            counter.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", counterToken);
            using var display = new HttpClient { BaseAddress = staff, Timeout = Timeout.InfiniteTimeSpan };
            display.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", displayToken);

            // The display's push: each event's arrival time, read as it comes.
            var arrivals = Channel.CreateUnbounded<long>();
            using var stop = new CancellationTokenSource();
            var stream = await display.GetStreamAsync(new Uri("/api/display/events", UriKind.Relative));
            var reading = Task.Run(async () =>
            {
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    if (line.StartsWith("data: ", StringComparison.Ordinal))
                    {
                        arrivals.Writer.TryWrite(Stopwatch.GetTimestamp());
                    }
                }
            });

            var toDisplay = new double[calls];
            var toAnswer = new double[calls];
            for (var i = -warmup; i < calls; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await counter.PostAsync(new Uri("/api/counters/loket-1/call-next", UriKind.Relative), null);
                var answered = Stopwatch.GetTimestamp();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"call {i}: HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }

                var arrived = await arrivals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
                if (i >= 0)
                {
                    toDisplay[i] = Stopwatch.GetElapsedTime(started, arrived).TotalMilliseconds;
                    toAnswer[i] = Stopwatch.GetElapsedTime(started, answered).TotalMilliseconds;
                }
            }

            await stop.CancelAsync();
            Array.Sort(toDisplay);
            Array.Sort(toAnswer);
            var p99 = Percentiles.Of(toDisplay, 0.99);
            Console.WriteLine($"counter call -> display push received, over the staff listener into LiteDB: {calls} calls (after {warmup} warm-up), {Environment.ProcessorCount} cores");
            Console.WriteLine($"call -> push ms: p50 {Percentiles.Of(toDisplay, 0.50):F2}  p90 {Percentiles.Of(toDisplay, 0.90):F2}  p99 {p99:F2}  max {toDisplay[^1]:F2}");
            Console.WriteLine($"call -> HTTP answer ms: p50 {Percentiles.Of(toAnswer, 0.50):F2}  p99 {Percentiles.Of(toAnswer, 0.99):F2}");
            Console.WriteLine($"p99 / target {TargetMs} ms: {p99 / TargetMs:F3}");
            try
            {
                await reading.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or TimeoutException)
            {
                // The stream is cut when the host stops.
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A free loopback port for the staff listener (it is told apart by its port, so it cannot be 0).</summary>
    public static int StaffPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
