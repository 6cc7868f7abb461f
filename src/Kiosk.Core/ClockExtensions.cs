namespace Kiosk.Core;

public static class ClockExtensions
{
    /// <summary>
    /// Now in UTC, cut to whole milliseconds: what LiteDB keeps, so a record reads back exactly as
    /// it was written.
    /// </summary>
    public static DateTimeOffset UtcNowMs(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
