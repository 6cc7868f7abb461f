namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>TP-VP in relative format, one octet (TS 23.040 §9.2.3.12.1).</summary>
public static class ValidityPeriod
{
    /// <summary>The smallest relative value that is at least <paramref name="period"/> (capped at 63 weeks).</summary>
    public static byte ToRelative(TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        var minutes = Math.Ceiling(period.TotalMinutes);
        if (minutes <= 12 * 60)
        {
            return (byte)Math.Max(0, Math.Ceiling(minutes / 5) - 1);
        }

        if (minutes <= 24 * 60)
        {
            return (byte)(143 + Math.Ceiling((minutes - (12 * 60)) / 30));
        }

        var days = Math.Ceiling(minutes / (24 * 60));
        if (days <= 30)
        {
            return (byte)(166 + days);
        }

        var weeks = Math.Ceiling(days / 7);
        return (byte)Math.Min(255, 192 + weeks);
    }

    public static TimeSpan FromRelative(byte value) => value switch
    {
        <= 143 => TimeSpan.FromMinutes((value + 1) * 5),
        <= 167 => TimeSpan.FromHours(12) + TimeSpan.FromMinutes((value - 143) * 30),
        <= 196 => TimeSpan.FromDays(value - 166),
        _ => TimeSpan.FromDays((value - 192) * 7),
    };
}
