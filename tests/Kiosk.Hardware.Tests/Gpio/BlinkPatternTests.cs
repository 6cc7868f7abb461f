using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Led;

namespace Kiosk.Hardware.Tests.Gpio;

public class BlinkPatternTests
{
    private static TimeSpan Ms(int ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void Printer_fault_is_two_short_flashes_then_a_pause_repeated()
    {
        var transitions = StatusLedPatterns.PrinterFault.Transitions(Ms(6000));

        Assert.Equal(
            [(Ms(0), true), (Ms(250), false), (Ms(600), true), (Ms(850), false),
             (Ms(2850), true), (Ms(3100), false), (Ms(3450), true), (Ms(3700), false), (Ms(5700), true), (Ms(5950), false)],
            transitions);
    }

    [Fact]
    public void Modem_fault_flashes_three_times_per_cycle_and_no_upstream_once()
    {
        static int FlashesPerCycle(BlinkPattern p) => p.Transitions(p.Period - TimeSpan.FromTicks(1)).Count(t => t.On);

        Assert.Equal(3, FlashesPerCycle(StatusLedPatterns.ModemFault));
        Assert.Equal(2, FlashesPerCycle(StatusLedPatterns.PrinterFault));
        Assert.Equal(1, FlashesPerCycle(StatusLedPatterns.NoUpstream));
        Assert.True(StatusLedPatterns.NoUpstream.Steps[0].Duration > StatusLedPatterns.ShortFlash * 4, "the NoUpstream flash must read as long");
    }

    [Fact]
    public void Level_at_wraps_a_repeating_pattern_and_ends_a_single_one_off()
    {
        var blink = BlinkPattern.Blink(Ms(100), Ms(300));
        var once = BlinkPattern.Once(new BlinkStep(true, Ms(100)));

        Assert.True(blink.LevelAt(Ms(450)));
        Assert.False(blink.LevelAt(Ms(550)));
        Assert.True(once.LevelAt(Ms(99)));
        Assert.False(once.LevelAt(Ms(100)));
        Assert.False(once.LevelAt(Ms(100_000)));
    }

    [Fact]
    public void Steady_on_has_a_single_transition()
    {
        Assert.Equal([(TimeSpan.Zero, true)], BlinkPattern.SteadyOn.Transitions(TimeSpan.FromHours(1)));
        Assert.True(BlinkPattern.SteadyOn.LevelAt(TimeSpan.FromDays(1)));
    }

    [Fact]
    public void A_pattern_without_steps_or_with_a_zero_step_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BlinkPattern([], repeats: true));
        Assert.Throws<ArgumentException>(() => new BlinkPattern([new BlinkStep(true, TimeSpan.Zero)], repeats: true));
    }
}
