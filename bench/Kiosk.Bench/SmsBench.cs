using System.Diagnostics;
using System.Globalization;
using Kiosk.Host.Sms;

/// <summary>
/// SMS round trips through the real gateway and the modem emulator on a pseudo-terminal: latency from
/// a message arriving (+CMTI) to its reply's AT+CMGS, throughput of a burst, and AT commands per send.
/// Targets: >= 20 messages/s, exactly 1 command (AT+CMGS) per single-part send.
///   dotnet run -c Release --project bench/Kiosk.Bench -- sms [messages=500]
/// </summary>
internal static class SmsBench
{
    private const double TargetPerSecond = 20;
    private const int Window = 50;

    public static async Task RunAsync(string[] args)
    {
        var messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var data = Path.Combine(Path.GetTempPath(), "kiosk-smsbench-" + Guid.NewGuid().ToString("N"));
        var app = Kiosk.Host.Program.Build(["--urls", "http://127.0.0.1:0", $"--Kiosk:Staff:Urls=http://127.0.0.1:{CallBench.StaffPort()}", $"--Kiosk:DataDirectory={data}", "--Logging:LogLevel:Default=Warning",
            "--Kiosk:Modem:Transport=simulated", "--Kiosk:Sms:DailyBudget=1000000", "--Kiosk:Sms:RepliesPerNumberPerHour=1000"]);
        await app.StartAsync();
        var gateway = app.Services.GetRequiredService<SmsGateway>();
        await gateway.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var emulator = gateway.Emulator!;
        var sender = 0;
        string NextSender() => "+62812" + (10_000_000 + Interlocked.Increment(ref sender)).ToString(CultureInfo.InvariantCulture);

        // Warm-up (JIT, LiteDB pages), one at a time.
        for (var i = 0; i < 20; i++)
        {
            await RoundTripAsync(emulator, NextSender());
        }

        // 1. One at a time: latency, and the commands each reply costs.
        var latencies = new double[messages];
        var perSend = new int[messages];
        var perCycle = new int[messages];
        for (var i = 0; i < messages; i++)
        {
            var (ms, commands) = await RoundTripAsync(emulator, NextSender());
            latencies[i] = ms;
            perCycle[i] = commands.Count;
            // What the send itself issued: everything but reading and deleting the inbound message.
            perSend[i] = commands.Count(c => !c.StartsWith("AT+CMGR=", StringComparison.Ordinal) && !c.StartsWith("AT+CMGD=", StringComparison.Ordinal));
        }

        // 2. A burst: all messages arrive at once; replies are timed as they go out.
        var sentBefore = emulator.SentPdus.Count;
        var started = Stopwatch.GetTimestamp();
        // The modem's storage has few slots (as a SIM's): the network holds the rest until one frees.
        var injecting = Task.Run(async () =>
        {
            for (var i = 0; i < messages; i++)
            {
                var to = NextSender();
                while (true)
                {
                    try
                    {
                        await emulator.ReceiveSmsAsync(to, "INFO");
                        break;
                    }
                    catch (InvalidOperationException)
                    {
                        await Task.Delay(1);
                    }
                }
            }
        });

        var seen = new double[messages];
        var count = 0;
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 600;
        while (count < messages && Stopwatch.GetTimestamp() < deadline)
        {
            var now = emulator.SentPdus.Count - sentBefore;
            var at = Stopwatch.GetElapsedTime(started).TotalSeconds;
            while (count < Math.Min(now, messages))
            {
                seen[count++] = at;
            }

            await Task.Delay(1);
        }

        var total = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await injecting;
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(data, recursive: true);

        Array.Sort(latencies);
        double Percentile(double[] values, double p) => values[Math.Min(values.Length - 1, (int)Math.Ceiling(p * values.Length) - 1)];
        var rates = new List<double>();
        for (var end = Window; end < count; end += Window)
        {
            rates.Add(Window / Math.Max(1e-6, seen[end] - seen[end - Window]));
        }

        rates.Sort();
        var medianRate = rates.Count > 0 ? rates[rates.Count / 2] : count / total;
        var medianPerSend = perSend.Order().ElementAt(messages / 2);
        Console.WriteLine($"SMS gateway over a pty to the modem emulator: {messages} one-at-a-time round trips, then a burst of {messages}, {Environment.ProcessorCount} cores");
        Console.WriteLine($"inbound (+CMTI) to reply AT+CMGS, ms: p50 {Percentile(latencies, 0.50):F1}  p90 {Percentile(latencies, 0.90):F1}  p99 {Percentile(latencies, 0.99):F1}  max {latencies[^1]:F1}");
        Console.WriteLine($"burst: {count}/{messages} replies in {total:F2} s = {count / total:F1} msg/s overall; median over windows of {Window}: {medianRate:F1} msg/s (min {(rates.Count > 0 ? rates[0] : 0):F1}, max {(rates.Count > 0 ? rates[^1] : 0):F1})");
        Console.WriteLine($"messages/s / target {TargetPerSecond}: {medianRate / TargetPerSecond:F2}");
        Console.WriteLine($"AT commands per single-part send: median {medianPerSend}, max {perSend.Max()} (mean {perSend.Average():F3}); ratio to target 1: {medianPerSend / 1.0:F2}");
        Console.WriteLine($"AT commands per whole cycle (CMGR + CMGD + CMGS): median {perCycle.Order().ElementAt(messages / 2)}, max {perCycle.Max()}");
        Console.WriteLine($"commands seen on the sends: {string.Join(", ", perSend.GroupBy(c => c).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}"))}");
    }

    /// <summary>Delivers one INFO and waits for its reply's AT+CMGS; returns the time and the commands issued meanwhile.</summary>
    private static async Task<(double Ms, List<string> Commands)> RoundTripAsync(Kiosk.Hardware.Modem.Simulation.ModemEmulator emulator, string sender)
    {
        var sentBefore = emulator.SentPdus.Count;
        var commandsBefore = emulator.Commands.Count;
        var started = Stopwatch.GetTimestamp();
        await emulator.ReceiveSmsAsync(sender, "INFO");
        var deadline = started + Stopwatch.Frequency * 30;
        while (emulator.SentPdus.Count == sentBefore)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException("no reply within 30 s");
            }

            await Task.Yield();
        }

        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return (ms, [.. emulator.Commands.Skip(commandsBefore)]);
    }
}
