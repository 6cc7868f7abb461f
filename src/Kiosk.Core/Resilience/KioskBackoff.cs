using Polly;
using Polly.Retry;

namespace Kiosk.Core.Resilience;

/// <summary>
/// The kiosk's one backoff: exponential from <see cref="First"/>, doubling, capped at
/// <see cref="Max"/>; with <see cref="Jitter"/> each delay is drawn from [d/2, d] ("equal jitter", so
/// a district's devices coming back after a power cut do not arrive together). Each use picks its
/// numbers (<see cref="Sync"/>, <see cref="SmsResend"/>, <see cref="ModemReconnect"/>, the modem's busy retry, the serial port's reopen) and the randomness
/// is injected, like time, so tests assert exact delays. Polly pipelines take it through
/// <see cref="RetryOptions"/>; the sync worker, a loop that also waits for a wake-up, asks
/// <see cref="Delay(int, Func{double}, TimeSpan?)"/> directly.
/// </summary>
public sealed record KioskBackoff(TimeSpan First, TimeSpan Max, bool Jitter, TimeSpan? RetryAfterCap = null)
{
    /// <summary>docs/sync-protocol.md: 2 s doubling to 5 min, equal jitter; Retry-After capped at one hour.</summary>
    public static KioskBackoff Sync { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5), Jitter: true, RetryAfterCap: TimeSpan.FromHours(1));

    /// <summary>An SMS the network refused (+CMS ERROR): 20 s after the first failure, doubling to 42 min 40 s.</summary>
    public static KioskBackoff SmsResend { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10 << 8), Jitter: false);

    /// <summary>Reconnecting a modem that failed: 2 s doubling to one minute, between the steps of the recovery ladder.</summary>
    public static KioskBackoff ModemReconnect { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), Jitter: false);

    /// <summary>The delay before retry number <paramref name="attempt"/> of a backoff without jitter.</summary>
    public TimeSpan Delay(int attempt) =>
        Jitter ? throw new InvalidOperationException("A backoff with jitter needs its randomizer.") : Delay(attempt, static () => 1.0);

    /// <summary>The delay before retry number <paramref name="attempt"/> (1 for the first retry).</summary>
    /// <param name="attempt">Consecutive failures so far, from 1.</param>
    /// <param name="randomizer">A random number in [0, 1); only read when <see cref="Jitter"/>.</param>
    /// <param name="retryAfter">What the other side asked for: it wins when longer, up to <see cref="RetryAfterCap"/>.</param>
    public TimeSpan Delay(int attempt, Func<double> randomizer, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(randomizer);
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = First.Ticks > Max.Ticks >> exponent ? Max : TimeSpan.FromTicks(First.Ticks << exponent);
        var delay = Jitter ? ceiling * (0.5 + (0.5 * Math.Clamp(randomizer(), 0, 1))) : ceiling;
        if (retryAfter is { } asked && asked > delay)
        {
            return RetryAfterCap is { } cap && asked > cap ? cap : asked;
        }

        return delay;
    }

    /// <summary>
    /// Polly retry options whose every delay is <see cref="Delay(int, Func{double}, TimeSpan?)"/>, with <paramref name="randomizer"/>
    /// as Polly's randomizer too (required with <see cref="Jitter"/>). The caller adds what to handle,
    /// how many attempts and its logging.
    /// </summary>
    public RetryStrategyOptions RetryOptions(Action<RetryStrategyOptions>? configure = null, Func<double>? randomizer = null)
    {
        if (Jitter)
        {
            ArgumentNullException.ThrowIfNull(randomizer);
        }

        randomizer ??= static () => 1.0;
        var options = new RetryStrategyOptions
        {
            Delay = First,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = false,
            Randomizer = randomizer,
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Delay(args.AttemptNumber + 1, randomizer)),
        };
        configure?.Invoke(options);
        return options;
    }
}
