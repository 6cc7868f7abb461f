using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Threading.Channels;
using Kiosk.Bench;
using Kiosk.Core.Printing;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.EscPos;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// Ticket issuing through the HTTP API against the LiteDB file: latency percentiles and bytes
// written to disk per ticket (from /proc/self/io). Targets on the 2-core dev machine:
// p99 <= 50 ms, <= 32 kB written per ticket.
// With the TCP printer it also reports request start -> the job's last byte (the cut, GS V) at the
// printer: p99 <= 100 ms.
//   dotnet run -c Release --project bench/Kiosk.Bench -- [tickets=2000] [warmup=100] [tcp|virtual]
// The printer's CPU work alone (layout, virtual printer render):
//   dotnet run -c Release --project bench/Kiosk.Bench -- printer [iterations=2000] [warmup=200]
if (args is ["printer", ..])
{
    PrinterBench.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
    return;
}

// Sync drain of a large outbox into the reference upstream (SyncBench.cs):
//   dotnet run -c Release --project bench/Kiosk.Bench -- sync [events=100000]
if (args is ["sync", ..])
{
    await SyncBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
    return;
}

// A burst of 20 from different senders, arrival to AT+CMGS (SmsBurstBench.cs):
//   dotnet run -c Release --project bench/Kiosk.Bench -- sms-burst [bursts=10] [size=20]
if (args is ["sms-burst", ..])
{
    await SmsBurstBench.RunAsync(args[1..]);
    return;
}

// The SMS gateway benchmark (SmsBench.cs):
//   dotnet run -c Release --project bench/Kiosk.Bench -- sms [messages=500]

if (args is ["sms", ..])
{
    await SmsBench.RunAsync(args[1..]);
    return;
}

// A counter's call to the display's push (CallBench.cs):
//   dotnet run -c Release --project bench/Kiosk.Bench -- calls [calls=500] [warmup=50]
if (args is ["calls", ..])
{
    await CallBench.RunAsync(args[1..]);
    return;
}

// Simulated power cuts over LiteDB (PowerCutBench.cs):
//   dotnet run -c Release --project bench/Kiosk.Bench -- power-cuts [cuts=200] [first seed=1]
if (args is ["power-cuts", ..])
{
    PowerCutBench.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1);
    return;
}

// The HTTP fuzz of the test suite, longer (HttpFuzzBench.cs):
//   dotnet run -c Release --project bench/Kiosk.Bench -- http-fuzz [requests=50000] [seed=1]
if (args is ["http-fuzz", ..])
{
    await HttpFuzzBench.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1);
    return;
}

var tickets = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var warmup = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
var printerKind = args.Length > 2 ? args[2] : "tcp";
var data = Path.Combine(Path.GetTempPath(), "kiosk-bench-" + Guid.NewGuid().ToString("N"));

// "tcp": a printer on 127.0.0.1 that takes the bytes, as a real one on the LAN does (nothing on disk);
// "virtual": the embedded default, which also writes each ticket's .bin and .png to disk.
using var printerCts = new CancellationTokenSource();
string[] printerArgs = [];
var lastBytes = Channel.CreateUnbounded<long>(); // per printed job: when its cut arrived (Stopwatch ticks)
if (printerKind == "tcp")
{
    var printer = new TcpListener(IPAddress.Loopback, 0);
    printer.Start();
    _ = FakePrinter.ServeAsync(printer, lastBytes.Writer, printerCts.Token);
    printerArgs = ["--Kiosk:Printer:Transport=tcp", "--Kiosk:Printer:Host=127.0.0.1", $"--Kiosk:Printer:Port={((IPEndPoint)printer.LocalEndpoint).Port}"];
}

var app = Kiosk.Host.Program.Build(["--urls", "http://127.0.0.1:0", $"--Kiosk:Staff:Urls=http://127.0.0.1:{CallBench.StaffPort()}", $"--Kiosk:DataDirectory={data}", "--Logging:LogLevel:Default=Warning", .. printerArgs]);
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using var client = new HttpClient { BaseAddress = new Uri(address) };
string[] services = ["A", "B", "C"];

for (var i = 0; i < warmup; i++)
{
    (await client.PostAsJsonAsync("/api/tickets", new { service = services[i % 3] })).EnsureSuccessStatusCode();
    if (printerKind == "tcp")
    {
        await NextCutAsync();
    }
}

var before = ProcIo.Read();
var dbBefore = DirectorySize(data);
var latencies = new double[tickets];
var toLastByte = new double[printerKind == "tcp" ? tickets : 0];
for (var i = 0; i < tickets; i++)
{
    var started = Stopwatch.GetTimestamp();
    using var response = await client.PostAsJsonAsync("/api/tickets", new { service = services[i % 3], priority = i % 7 == 0 ? "lansia" : null });
    response.EnsureSuccessStatusCode();
    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (printerKind == "tcp")
    {
        toLastByte[i] = Stopwatch.GetElapsedTime(started, await NextCutAsync()).TotalMilliseconds;
    }
}

await app.StopAsync();
await app.DisposeAsync();
var after = ProcIo.Read();
var dbAfter = DirectorySize(data);
Array.Sort(latencies);
Array.Sort(toLastByte);

double Percentile(double p) => Percentiles.Of(latencies, p);
var writtenPerTicket = (after.WriteBytes - before.WriteBytes) / (double)tickets;
var p99 = Percentile(0.99);
Console.WriteLine($"tickets issued and printed ({printerKind} printer) over HTTP into LiteDB: {tickets} (after {warmup} warm-up), {Environment.ProcessorCount} cores");
Console.WriteLine($"latency ms: p50 {Percentile(0.50):F2}  p90 {Percentile(0.90):F2}  p99 {p99:F2}  max {latencies[^1]:F2}");
Console.WriteLine($"p99 / target 50 ms: {p99 / 50:F3}");
if (toLastByte.Length > 0)
{
    var lastByteP99 = Percentiles.Of(toLastByte, 0.99);
    Console.WriteLine($"request start -> last byte (GS V cut) at the TCP printer ms: p50 {Percentiles.Of(toLastByte, 0.50):F2}  p99 {lastByteP99:F2}  max {toLastByte[^1]:F2}");
    Console.WriteLine($"last-byte p99 / target 100 ms: {lastByteP99 / 100:F3}");
}

Console.WriteLine($"disk bytes written per ticket (/proc/self/io write_bytes): {writtenPerTicket:F0}  ratio to 32 kB target: {writtenPerTicket / 32768:F3}");
Console.WriteLine($"store growth per ticket (kiosk.db + log): {(dbAfter - dbBefore) / (double)tickets:F0} bytes");
Console.WriteLine($"write() bytes per ticket incl. sockets (/proc/self/io wchar): {(after.WChar - before.WChar) / (double)tickets:F0}");
await printerCts.CancelAsync();
Directory.Delete(data, recursive: true);

// The job's connection closes after its last byte, which may be just after the HTTP response: wait for it.
async Task<long> NextCutAsync()
{
    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
    return await lastBytes.Reader.ReadAsync(timeout.Token);
}

static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles().Where(f => f.Name.StartsWith("kiosk", StringComparison.Ordinal)).Sum(f => f.Length);

/// <summary>
/// Plays an ESC/POS printer on TCP: answers every DLE EOT with "online, all well", swallows the rest,
/// and for each connection that carried a job, writes to <c>lastBytes</c> when the read that ended
/// with the cut (the job's last bytes, GS V) arrived.
/// </summary>
internal static class FakePrinter
{
    public static async Task ServeAsync(TcpListener listener, ChannelWriter<long> lastBytes, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(ct);
            _ = Task.Run(
                async () =>
                {
                    using var connection = client;
                    var stream = connection.GetStream();
                    var buffer = new byte[4096];
                    var tail = new List<byte>();
                    long? cutAt = null;
                    int read;
                    while ((read = await stream.ReadAsync(buffer, ct)) > 0)
                    {
                        var now = Stopwatch.GetTimestamp();
                        tail.AddRange(buffer.AsSpan(0, read));
                        tail.RemoveRange(0, Math.Max(0, tail.Count - Cut.Length));
                        if (tail.SequenceEqual(Cut))
                        {
                            cutAt = now;
                        }

                        for (var i = 0; i + 2 < read; i++)
                        {
                            if (buffer[i] == 0x10 && buffer[i + 1] == 0x04 && buffer[i + 2] is >= 1 and <= 4)
                            {
                                await stream.WriteAsync(new[] { RealtimeStatusReplies.For(Online, (RealtimeStatusQuery)buffer[i + 2]) }, ct);
                            }
                        }
                    }

                    if (cutAt is { } at)
                    {
                        lastBytes.TryWrite(at);
                    }
                },
                ct);
        }
    }

    private static readonly byte[] Cut = EscPosCommands.PartialCut();

    private static readonly PrinterStatus Online = new(PrinterCondition.Online, PaperNearEnd: false);
}

internal readonly record struct ProcIo(long WriteBytes, long WChar)
{
    public static ProcIo Read()
    {
        var values = File.ReadAllLines("/proc/self/io")
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => long.Parse(p[1].Trim(), CultureInfo.InvariantCulture));
        return new ProcIo(values["write_bytes"], values["wchar"]);
    }
}
