using System.Diagnostics;
using Kiosk.Testing.Storage;

namespace Kiosk.Bench;

/// <summary>
/// Many simulated power cuts (the suite runs a few): each drives tickets and complaints through the
/// real services over LiteDB on a <see cref="PowerCutDisk"/>, cuts at a seeded random write (torn),
/// reopens and keeps issuing. "lost" counts every acknowledged record missing after the cut;
/// "lost before last flush" only those acknowledged before the disk's last flush.
/// </summary>
internal static class PowerCutBench
{
    public static void Run(int cuts, int firstSeed)
    {
        var stopwatch = Stopwatch.StartNew();
        int acknowledged = 0, beforeFlush = 0, lost = 0, lostBeforeFlush = 0, duplicates = 0, unreadable = 0, cutsLosing = 0;
        for (var seed = firstSeed; seed < firstSeed + cuts; seed++)
        {
            var outcome = PowerCutRun.Run(seed);
            acknowledged += outcome.Acknowledged;
            beforeFlush += outcome.AcknowledgedAtLastFlush;
            lost += outcome.Lost;
            lostBeforeFlush += outcome.LostBeforeLastFlush;
            duplicates += outcome.Duplicates;
            unreadable += outcome.Unreadable ? 1 : 0;
            cutsLosing += outcome.Lost > 0 ? 1 : 0;
            if (outcome.Unreadable || outcome.LostBeforeLastFlush > 0 || outcome.Duplicates > 0)
            {
                Console.WriteLine($"seed {seed}: cut at operation {outcome.CutAt}: {outcome}");
            }
        }

        Console.WriteLine($"cuts: {cuts} (seeds {firstSeed}..{firstSeed + cuts - 1}), {stopwatch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"acknowledged records: {acknowledged} (before the last flush: {beforeFlush})");
        Console.WriteLine($"lost: {lost} in {cutsLosing} cuts (acknowledged after the last flush: commit returns before LiteDB's writer thread writes and flushes the log)");
        Console.WriteLine($"lost of those acknowledged before the last flush: {lostBeforeFlush}");
        Console.WriteLine($"numbers issued twice: {duplicates}");
        Console.WriteLine($"stores unreadable after the cut: {unreadable}");
    }
}
