using Kiosk.Hardware.Gpio.Clock;

namespace Kiosk.Hardware.Tests.Gpio.Clock;

public sealed class ClockCheckTests : IDisposable
{
    private static readonly DateTimeOffset Build = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("kiosk-rtc-").FullName;

    private string PresentRtc()
    {
        var path = Path.Combine(_dir, "rtc0");
        File.WriteAllBytes(path, []);
        return path;
    }

    private string AbsentRtc => Path.Combine(_dir, "no-rtc0");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_clock_after_the_build_without_an_rtc_expected_is_plausible()
    {
        var result = ClockCheck.Evaluate(Build.AddDays(3), Build, rtcExpected: false, AbsentRtc);

        Assert.True(result.IsPlausible);
        Assert.Null(result.FixHint);
    }

    [Fact]
    public void A_clock_after_the_build_with_the_rtc_present_is_plausible()
    {
        var result = ClockCheck.Evaluate(Build.AddDays(3), Build, rtcExpected: true, PresentRtc());

        Assert.Equal(ClockVerdict.Plausible, result.Verdict);
        Assert.Contains("RTC at", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_before_the_build_date_was_never_set()
    {
        var result = ClockCheck.Evaluate(new DateTimeOffset(1970, 1, 1, 0, 0, 12, TimeSpan.Zero), Build, rtcExpected: false, AbsentRtc);

        Assert.Equal(ClockVerdict.BeforeBuildDate, result.Verdict);
        Assert.Contains("1970-01-01", result.Message, StringComparison.Ordinal);
        Assert.Contains("NTP", result.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rtc_that_is_expected_gets_the_overlay_line_as_the_fix()
    {
        var result = ClockCheck.Evaluate(Build.AddDays(1), Build, rtcExpected: true, AbsentRtc);

        Assert.Equal(ClockVerdict.RtcMissing, result.Verdict);
        Assert.Contains("dtoverlay=i2c-rtc,ds3231", result.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_clock_and_a_missing_rtc_report_the_clock_and_hint_at_both()
    {
        var result = ClockCheck.Evaluate(Build.AddDays(-400), Build, rtcExpected: true, AbsentRtc);

        Assert.Equal(ClockVerdict.BeforeBuildDate, result.Verdict);
        Assert.Contains("dtoverlay=i2c-rtc,ds3231", result.FixHint, StringComparison.Ordinal);
        Assert.Contains("hwclock --systohc", result.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_instant_itself_is_plausible() =>
        Assert.True(ClockCheck.Evaluate(Build, Build, rtcExpected: false, AbsentRtc).IsPlausible);
}
