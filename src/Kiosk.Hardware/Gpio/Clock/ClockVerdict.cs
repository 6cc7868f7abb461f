namespace Kiosk.Hardware.Gpio.Clock;

public enum ClockVerdict
{
    Plausible = 0,

    /// <summary>The clock reads earlier than the build: it was never set (the Pi has no clock battery).</summary>
    BeforeBuildDate = 1,

    /// <summary>The clock may be right, but the RTC that should keep it across power cuts is not there.</summary>
    RtcMissing = 2,
}
