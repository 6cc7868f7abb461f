using Kiosk.Hardware.Gpio.Button;

namespace Kiosk.Hardware.Tests.Gpio.Button;

public class ButtonDebouncerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(30);
    private static readonly TimeSpan LongPress = TimeSpan.FromSeconds(3);

    private static DateTimeOffset At(int ms) => T0.AddMilliseconds(ms);

    /// <summary>Feeds raw edges and polls every millisecond, as a perfect timer would.</summary>
    private static List<(int Ms, ButtonGesture Gesture)> Run(ButtonDebouncer debouncer, (int Ms, bool Pressed)[] edges, int untilMs)
    {
        var seen = new List<(int, ButtonGesture)>();
        var next = 0;
        for (var ms = 0; ms <= untilMs; ms++)
        {
            while (next < edges.Length && edges[next].Ms == ms)
            {
                debouncer.RawChanged(edges[next].Pressed, At(ms));
                next++;
            }

            if (debouncer.Poll(At(ms)) is { } gesture)
            {
                seen.Add((ms, gesture));
            }
        }

        return seen;
    }

    [Fact]
    public void Bounces_inside_the_window_on_press_and_release_make_exactly_one_press()
    {
        var debouncer = new ButtonDebouncer(Debounce, LongPress);
        (int, bool)[] edges =
        [
            (0, true), (2, false), (4, true), (7, false), (9, true),
            (400, false), (403, true), (405, false), (411, true), (414, false),
        ];

        var seen = Run(debouncer, edges, 2000);

        Assert.Equal([(444, ButtonGesture.Press)], seen);
    }

    [Fact]
    public void A_glitch_shorter_than_the_window_is_ignored()
    {
        var debouncer = new ButtonDebouncer(Debounce, LongPress);

        var seen = Run(debouncer, [(100, true), (120, false)], 5000);

        Assert.Empty(seen);
        Assert.False(debouncer.IsPressed);
    }

    [Fact]
    public void Holding_for_the_long_press_time_reports_a_long_press_while_held_and_a_silent_release()
    {
        var debouncer = new ButtonDebouncer(Debounce, LongPress);

        var seen = Run(debouncer, [(0, true), (5000, false)], 6000);

        Assert.Equal([(3000, ButtonGesture.LongPress)], seen);
    }

    [Fact]
    public void A_release_just_before_the_long_press_time_is_a_short_press()
    {
        var debouncer = new ButtonDebouncer(Debounce, LongPress);

        var seen = Run(debouncer, [(0, true), (2999, false)], 6000);

        Assert.Equal([(3029, ButtonGesture.Press)], seen);
    }

    [Fact]
    public void A_late_poll_after_a_long_hold_still_reports_a_long_press()
    {
        var debouncer = new ButtonDebouncer(Debounce, LongPress);
        debouncer.RawChanged(true, At(0));
        Assert.Null(debouncer.Poll(At(40)));
        debouncer.RawChanged(false, At(4000));

        Assert.Equal(ButtonGesture.LongPress, debouncer.Poll(At(5000)));
        Assert.Null(debouncer.Poll(At(6000)));
    }

    [Fact]
    public void The_next_deadline_is_the_window_end_then_the_long_press_time_then_none()
    {
        var debouncer = new ButtonDebouncer(Debounce, LongPress);
        Assert.Null(debouncer.NextDeadline);

        debouncer.RawChanged(true, At(10));
        Assert.Equal(At(40), debouncer.NextDeadline);

        debouncer.Poll(At(40));
        Assert.Equal(At(3010), debouncer.NextDeadline);

        debouncer.Poll(At(3010));
        Assert.Null(debouncer.NextDeadline);
    }

    [Fact]
    public void A_button_held_at_start_gives_nothing_until_it_is_released_and_pressed_again()
    {
        var debouncer = new ButtonDebouncer(Debounce, LongPress, initiallyPressed: true);

        var seen = Run(debouncer, [(5000, false), (6000, true), (6100, false)], 8000);

        Assert.Equal([(6130, ButtonGesture.Press)], seen);
    }

    [Fact]
    public void A_long_press_no_longer_than_the_window_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ButtonDebouncer(Debounce, Debounce));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ButtonDebouncer(TimeSpan.Zero, LongPress));
    }
}
