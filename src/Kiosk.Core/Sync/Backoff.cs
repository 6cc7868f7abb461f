namespace Kiosk.Core.Sync;

/// <summary>
/// How long to wait after consecutive failures (docs/sync-protocol.md): 2 s doubling to 5 min,
/// each delay drawn from [d/2, d] so a fleet that lost the network together does not return
/// together; a longer Retry-After from upstream wins, capped at one hour.
/// </summary>
public static class Backoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Max = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RetryAfterCap = TimeSpan.FromHours(1);

    /// <param name="failures">Consecutive failures so far, from 1.</param>
    /// <param name="retryAfter">What upstream asked for, if anything.</param>
    /// <param name="unit">A random number in [0, 1).</param>
    public static TimeSpan Delay(int failures, TimeSpan? retryAfter, double unit)
    {
        var exponent = Math.Clamp(failures - 1, 0, 20);
        var ceiling = TimeSpan.FromTicks(Math.Min(Max.Ticks, First.Ticks << Math.Min(exponent, 30)));
        var jittered = ceiling * (0.5 + (0.5 * Math.Clamp(unit, 0, 1)));
        if (retryAfter is { } asked && asked > jittered)
        {
            return asked > RetryAfterCap ? RetryAfterCap : asked;
        }

        return jittered;
    }
}
