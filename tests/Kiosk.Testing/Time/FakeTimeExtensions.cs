using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Testing;

public static class FakeTimeExtensions
{
    /// <summary>
    /// Advances in small steps. FakeTimeProvider.Advance fires due timers once at the end time,
    /// so a timer created inside a callback would otherwise start late; stepping lets chained
    /// timers (blink patterns, debounce) fire at their own moments.
    /// </summary>
    public static void AdvanceInSteps(this FakeTimeProvider time, TimeSpan total, TimeSpan? step = null)
    {
        var stride = step ?? TimeSpan.FromMilliseconds(10);
        var remaining = total;
        while (remaining > TimeSpan.Zero)
        {
            var next = remaining < stride ? remaining : stride;
            time.Advance(next);
            remaining -= next;
        }
    }
}
