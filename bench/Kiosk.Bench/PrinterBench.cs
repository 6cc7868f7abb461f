using System.Diagnostics;
using System.Globalization;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Layouts;
using Kiosk.Hardware.Printer.Virtual;

namespace Kiosk.Bench;

/// <summary>
/// The printer's CPU work, in process: laying out a queue ticket into ESC/POS bytes at 58 and 80 mm,
/// and the virtual printer drawing those bytes to a PNG. Provisional targets on the 2-core dev machine:
/// layout + emit at most 10 ms per ticket, virtual render at most 100 ms per ticket.
/// </summary>
internal static class PrinterBench
{
    private const double LayoutTargetMs = 10;
    private const double RenderTargetMs = 100;

    public static void Run(int iterations, int warmup)
    {
        Console.WriteLine($"printer CPU work: {iterations} iterations (after {warmup} warm-up), {Environment.ProcessorCount} cores");
        foreach (var width in new[] { PaperWidth.Mm58, PaperWidth.Mm80 })
        {
            var n = 0;
            var layout = Measure(iterations, warmup, () => QueueTicketLayout.Render(Ticket(n++), width).Length);
            Report($"layout+emit QueueTicketLayout.Render {width}", layout, LayoutTargetMs);
        }

        foreach (var width in new[] { PaperWidth.Mm58, PaperWidth.Mm80 })
        {
            var job = QueueTicketLayout.Render(Ticket(17), width);
            var render = Measure(Math.Max(1, iterations / 10), Math.Max(1, warmup / 10), () => VirtualPrinter.Render(job, width).Png.Length);
            Report($"VirtualPrinter.Render -> PNG {width} ({job.Length} job bytes)", render, RenderTargetMs);
        }
    }

    private static QueueTicketPrint Ticket(int n) => new(
        OfficeName: "Kantor Kecamatan Sragen",
        ServiceName: "Rujukan Kesehatan (KIS/PBI)",
        TicketCode: "A-" + (n % 1000).ToString("D3", CultureInfo.InvariantCulture),
        IssuedAtLocal: new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.FromHours(7)),
        Zone: IndonesianTimeZone.Wib,
        PeopleAhead: n % 20,
        EstimatedWaitMinutes: 5 * (n % 20),
        SmsNumber: "081234567890",
        IsPriority: n % 7 == 0);

    private static double[] Measure(int iterations, int warmup, Func<int> work)
    {
        var sink = 0;
        for (var i = 0; i < warmup; i++)
        {
            sink ^= work();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            sink ^= work();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        GC.KeepAlive(sink);
        Array.Sort(times);
        return times;
    }

    private static void Report(string what, double[] sorted, double targetMs)
    {
        var p50 = Percentiles.Of(sorted, 0.50);
        var p99 = Percentiles.Of(sorted, 0.99);
        Console.WriteLine($"{what}: n {sorted.Length}  p50 {p50:F3} ms  p99 {p99:F3} ms  max {sorted[^1]:F3} ms  p99 / target {targetMs} ms: {p99 / targetMs:F3}");
    }
}

/// <summary>Nearest-rank percentile of an already sorted sample.</summary>
internal static class Percentiles
{
    public static double Of(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];
}
