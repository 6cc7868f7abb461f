using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Testing;

/// <summary>
/// A FakeTimeProvider that counts the timers created, so a test can wait until async code has
/// reached its next <c>Task.Delay(…, timeProvider, …)</c> before moving the clock. Continuations of
/// Task.Delay run on the thread pool; without this, the clock could run ahead of the code.
/// </summary>
public sealed class SteppingTimeProvider : FakeTimeProvider
{
    private int _timersCreated;

    public int TimersCreated => Volatile.Read(ref _timersCreated);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timersCreated);
        return timer;
    }

    /// <summary>Waits (up to 10 s of real time, then fails) until <paramref name="count"/> timers exist, then advances.</summary>
    public async Task AdvanceAfterTimerAsync(int count, TimeSpan by)
    {
        await WaitForTimerAsync(count);
        Advance(by);
    }

    /// <summary>Waits (up to 10 s of real time, then fails) until <paramref name="count"/> timers exist.</summary>
    public async Task WaitForTimerAsync(int count)
    {
        var waited = 0;
        while (TimersCreated < count)
        {
            if (waited++ > 10_000)
            {
                throw new TimeoutException($"Expected timer #{count} to be created, saw {TimersCreated}.");
            }

            await Task.Delay(1);
        }
    }
}
