namespace Kiosk.Hardware.Gpio;

/// <summary>One segment of a <see cref="BlinkPattern"/>: the output on or off for a while.</summary>
public readonly record struct BlinkStep(bool On, TimeSpan Duration);
