using System.Globalization;

namespace Kiosk.Hardware.Gpio.Clock;

/// <summary>
/// Is the clock trustworthy enough to number tickets by day? It is when it does not read earlier
/// than the build date (a Pi without an RTC boots at its last saved time, or 1970) and, when an
/// RTC is expected, its device node exists. Pure apart from one file-existence probe, whose path
/// tests replace.
/// </summary>
public static class ClockCheck
{
    public const string DefaultRtcDevice = "/dev/rtc0";

    public const string RtcOverlayLine = "dtoverlay=i2c-rtc,ds3231";

    public static ClockCheckResult Evaluate(DateTimeOffset now, DateTimeOffset buildDate, bool rtcExpected, string rtcDevicePath = DefaultRtcDevice)
    {
        ArgumentException.ThrowIfNullOrEmpty(rtcDevicePath);
        var rtcMissing = rtcExpected && !File.Exists(rtcDevicePath);
        var rtcHint = $"add '{RtcOverlayLine}' to /boot/firmware/config.txt, check the DS3231 on I2C ('i2cdetect -y 1' shows UU or 68) and reboot";

        if (now < buildDate)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"clock reads {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC, before this build ({buildDate.UtcDateTime:yyyy-MM-dd}): it was never set");
            var hint = rtcMissing
                ? $"no RTC at {rtcDevicePath}: {rtcHint}; then set the time (network NTP, or 'sudo date -s ...') and 'sudo hwclock --systohc'"
                : "connect the network so NTP sets the time ('timedatectl' shows 'System clock synchronized: yes'), or set it with 'sudo date -s ...'; then 'sudo hwclock --systohc' if an RTC is fitted";
            return new ClockCheckResult(ClockVerdict.BeforeBuildDate, message, hint);
        }

        if (rtcMissing)
        {
            return new ClockCheckResult(ClockVerdict.RtcMissing, $"RTC expected but {rtcDevicePath} does not exist: the time will be lost at the next power cut", rtcHint);
        }

        var rtc = rtcExpected ? $", RTC at {rtcDevicePath}" : string.Empty;
        var ok = string.Create(CultureInfo.InvariantCulture, $"clock reads {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC{rtc}");
        return new ClockCheckResult(ClockVerdict.Plausible, ok, null);
    }
}
