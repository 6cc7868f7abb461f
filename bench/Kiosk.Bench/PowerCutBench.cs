using System.Diagnostics;
using Kiosk.Testing.Storage;

namespace Kiosk.Bench;

/// <summary>
/// Many simulated power cuts (the suite runs a few): each drives tickets and complaints through the
/// real services over LiteDB on a <see cref="PowerCutDisk"/>, cuts at a seeded random write (torn),
/// reopens and keeps issuing. "lost" counts every acknowledged record missing after the cut.
/// </summary>
internal static class PowerCutBench
{
    public static void Run(int cuts, int firstSeed)
    {
        var stopwatch = Stopwatch.StartNew();
        int acknowledged = 0, lost = 0, duplicates = 0, unreadable = 0, cutsLosing = 0;
        for (var seed = firstSeed; seed < firstSeed + cuts; seed++)
        {
            var outcome = PowerCutRun.Run(seed);
            acknowledged += outcome.Acknowledged;
            lost += outcome.Lost;
            duplicates += outcome.Duplicates;
            unreadable += outcome.Unreadable ? 1 : 0;
            cutsLosing += outcome.Lost > 0 ? 1 : 0;
            if (outcome.Unreadable || outcome.Lost > 0 || outcome.Duplicates > 0)
            {
                Console.WriteLine($"seed {seed}: cut at operation {outcome.CutAt}: {outcome}");
            }
        }

        Console.WriteLine($"cuts: {cuts} (seeds {firstSeed}..{firstSeed + cuts - 1}), {stopwatch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"acknowledged records: {acknowledged}");
        Console.WriteLine($"acknowledged records lost: {lost} (in {cutsLosing} cuts)");
        Console.WriteLine($"numbers issued twice: {duplicates}");
        Console.WriteLine($"stores unreadable after the cut: {unreadable}");
    }
}
