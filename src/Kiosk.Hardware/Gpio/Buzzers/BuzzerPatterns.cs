namespace Kiosk.Hardware.Gpio.Buzzers;

/// <summary>The buzzer's sounds. Both play once; the host repeats the alarm while the fault holds.</summary>
public static class BuzzerPatterns
{
    /// <summary>One short chirp (120 ms) when a ticket prints: confirms without startling.</summary>
    public static BlinkPattern TicketPrinted { get; } = BlinkPattern.Once(new BlinkStep(true, TimeSpan.FromMilliseconds(120)));

    /// <summary>
    /// Three 300 ms beeps with 200 ms gaps (1.3 s): a fault that needs staff, such as the printer
    /// out of paper. Clearly different from the ticket chirp.
    /// </summary>
    public static BlinkPattern StaffAlarm { get; } = BlinkPattern.Once(
        new BlinkStep(true, TimeSpan.FromMilliseconds(300)),
        new BlinkStep(false, TimeSpan.FromMilliseconds(200)),
        new BlinkStep(true, TimeSpan.FromMilliseconds(300)),
        new BlinkStep(false, TimeSpan.FromMilliseconds(200)),
        new BlinkStep(true, TimeSpan.FromMilliseconds(300)));
}
