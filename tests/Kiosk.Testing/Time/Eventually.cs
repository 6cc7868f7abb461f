using System.Diagnostics;

namespace Kiosk.Testing;

/// <summary>Waits (boundedly) for something a background worker does; fails with what was last seen.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<T> read, Func<T, bool> done, string what, int seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        var value = read();
        while (!done(value))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                Assert.Fail($"{what} did not happen within {seconds} s; last seen: {value}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
            value = read();
        }

        return value;
    }

    /// <summary>As <see cref="Get{T}"/> for a value read asynchronously (over HTTP).</summary>
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        var value = await read();
        while (!done(value))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                Assert.Fail($"{what} did not happen within {seconds} s; last seen: {value}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
            value = await read();
        }

        return value;
    }
}
