namespace Kiosk.Hardware.Gpio;

/// <summary>
/// An on/off timeline for an LED or a buzzer: steps played in order, then either repeated or
/// ended (output off). Pure: <see cref="LevelAt"/> and <see cref="Transitions"/> say what the
/// output is at any moment, so patterns are tested without a timer or a pin.
/// </summary>
public sealed class BlinkPattern
{
    public BlinkPattern(IReadOnlyList<BlinkStep> steps, bool repeats)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0 || steps.Any(s => s.Duration <= TimeSpan.Zero))
        {
            throw new ArgumentException("A blink pattern needs at least one step, each with a positive duration.", nameof(steps));
        }

        Steps = steps;
        Repeats = repeats;
        Period = steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);
    }

    public IReadOnlyList<BlinkStep> Steps { get; }

    public bool Repeats { get; }

    /// <summary>Length of one pass through the steps.</summary>
    public TimeSpan Period { get; }

    /// <summary>Steady on: a single step that never ends.</summary>
    public static BlinkPattern SteadyOn { get; } = new([new BlinkStep(true, TimeSpan.MaxValue)], repeats: false);

    public static BlinkPattern SteadyOff { get; } = new([new BlinkStep(false, TimeSpan.MaxValue)], repeats: false);

    /// <summary>Even on/off blinking.</summary>
    public static BlinkPattern Blink(TimeSpan on, TimeSpan off) => new([new BlinkStep(true, on), new BlinkStep(false, off)], repeats: true);

    /// <summary><paramref name="count"/> flashes then a pause, repeated: a blink code a person can count.</summary>
    public static BlinkPattern Code(int count, TimeSpan flash, TimeSpan gap, TimeSpan pause)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var steps = new List<BlinkStep>();
        for (var i = 0; i < count; i++)
        {
            steps.Add(new BlinkStep(true, flash));
            steps.Add(new BlinkStep(false, i == count - 1 ? pause : gap));
        }

        return new BlinkPattern(steps, repeats: true);
    }

    /// <summary>Plays once then stays off.</summary>
    public static BlinkPattern Once(params BlinkStep[] steps) => new(steps, repeats: false);

    /// <summary>Whether the output is on at <paramref name="elapsed"/> after the pattern started.</summary>
    public bool LevelAt(TimeSpan elapsed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(elapsed, TimeSpan.Zero);
        if (elapsed >= Period)
        {
            if (!Repeats)
            {
                return false;
            }

            elapsed = TimeSpan.FromTicks(elapsed.Ticks % Period.Ticks);
        }

        foreach (var step in Steps)
        {
            if (elapsed < step.Duration)
            {
                return step.On;
            }

            elapsed -= step.Duration;
        }

        return false;
    }

    /// <summary>
    /// Every moment the output changes, from the start up to <paramref name="horizon"/>, with the
    /// level it changes to (the first entry, at zero, is the initial level).
    /// </summary>
    public IReadOnlyList<(TimeSpan At, bool On)> Transitions(TimeSpan horizon)
    {
        var result = new List<(TimeSpan At, bool On)>();
        var at = TimeSpan.Zero;
        var index = 0;
        while (at <= horizon)
        {
            var step = Steps[index];
            if (result.Count == 0 || result[^1].On != step.On)
            {
                result.Add((at, step.On));
            }

            if (step.Duration == TimeSpan.MaxValue)
            {
                break;
            }

            at += step.Duration;
            index++;
            if (index == Steps.Count)
            {
                if (!Repeats)
                {
                    if (at <= horizon && result[^1].On)
                    {
                        result.Add((at, false));
                    }

                    break;
                }

                index = 0;
            }
        }

        return result;
    }
}
