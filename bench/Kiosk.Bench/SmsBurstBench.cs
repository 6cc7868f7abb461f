using System.Diagnostics;
using System.Globalization;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Host.Sms;

/// <summary>
/// A burst on the emulator: 20 messages from 20 different senders arrive at once; for each, the time from
/// its arrival (+CMTI sent) to its reply's AT+CMGS, and the AT commands the gateway issued per reply.
/// Target: p50 arrival to AT+CMGS &lt;= 300 ms.
///   dotnet run -c Release --project bench/Kiosk.Bench -- sms-burst [bursts=10] [size=20]
/// </summary>
internal static class SmsBurstBench
{
    private const double TargetP50Ms = 300;

    public static async Task RunAsync(string[] args)
    {
        var bursts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var data = Path.Combine(Path.GetTempPath(), "kiosk-smsburst-" + Guid.NewGuid().ToString("N"));
        var app = Kiosk.Host.Program.Build(["--urls", "http://127.0.0.1:0", $"--Kiosk:DataDirectory={data}", "--Logging:LogLevel:Default=Warning",
            "--Kiosk:Modem:Transport=simulated", "--Kiosk:Sms:DailyBudget=1000000"]);
        await app.StartAsync();
        var gateway = app.Services.GetRequiredService<SmsGateway>();
        await gateway.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var emulator = gateway.Emulator!;
        var next = 0;
        var latencies = new List<double>();
        var commandsPerReply = new List<double>();
        for (var b = -1; b < bursts; b++)
        {
            var senders = Enumerable.Range(0, size).Select(_ => "+62813" + (10_000_000 + next++).ToString(CultureInfo.InvariantCulture)).ToList();
            var arrived = new Dictionary<string, long>();
            var sentBefore = emulator.SentPdus.Count;
            var commandsBefore = emulator.Commands.Count;
            foreach (var sender in senders)
            {
                while (true)
                {
                    try
                    {
                        await emulator.ReceiveSmsAsync(sender, "cek K7M2-9QXD-F");
                        break;
                    }
                    catch (InvalidOperationException)
                    {
                        await Task.Delay(1); // the modem's storage is full: the network holds the message
                    }
                }

                arrived[sender] = Stopwatch.GetTimestamp();
            }

            var answered = new Dictionary<string, long>();
            var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 120);
            var seen = sentBefore;
            while (answered.Count < size && Stopwatch.GetTimestamp() < deadline)
            {
                var sent = emulator.SentPdus;
                for (; seen < sent.Count; seen++)
                {
                    if (PduCodec.Decode(sent[seen]) is SmsSubmit submit)
                    {
                        answered.TryAdd(submit.Destination.ToString(), Stopwatch.GetTimestamp());
                    }
                }

                await Task.Delay(1);
            }

            if (b < 0)
            {
                continue; // warm-up burst
            }

            latencies.AddRange(senders.Where(answered.ContainsKey).Select(s => Stopwatch.GetElapsedTime(arrived[s], answered[s]).TotalMilliseconds));
            commandsPerReply.Add((emulator.Commands.Count - commandsBefore) / (double)Math.Max(1, answered.Count));
        }

        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(data, recursive: true);
        latencies.Sort();
        double Percentile(double p) => Kiosk.Bench.Percentiles.Of([.. latencies], p);
        Console.WriteLine($"SMS burst over a pty to the modem emulator: {bursts} bursts of {size} messages from different senders, {Environment.ProcessorCount} cores");
        Console.WriteLine($"arrival (+CMTI) to reply AT+CMGS, ms: p50 {Percentile(0.50):F1}  p90 {Percentile(0.90):F1}  p99 {Percentile(0.99):F1}  max {latencies[^1]:F1}  ({latencies.Count}/{bursts * size} answered)");
        Console.WriteLine($"p50 / target {TargetP50Ms} ms: {Percentile(0.50) / TargetP50Ms:F2}");
        Console.WriteLine($"AT commands per reply (all commands in the burst / replies): median {commandsPerReply.Order().ElementAt(commandsPerReply.Count / 2):F2}");
    }
}
