namespace Kiosk.Hardware.Gpio.Clock;

/// <summary>The clock check's answer: a line for <c>kiosk doctor</c>, with a fix when it fails.</summary>
public sealed record ClockCheckResult(ClockVerdict Verdict, string Message, string? FixHint)
{
    public bool IsPlausible => Verdict == ClockVerdict.Plausible;
}
