namespace Kiosk.Hardware.Gpio;

/// <summary>The DS3231 real-time clock.</summary>
public sealed class RtcOptions
{
    /// <summary>True when an RTC is fitted and /dev/rtc0 must exist.</summary>
    public bool Expected { get; set; }
}
