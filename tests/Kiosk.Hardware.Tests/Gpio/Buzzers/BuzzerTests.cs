using System.Device.Gpio;
using Kiosk.Hardware.Gpio.Buzzers;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Gpio.Buzzers;

public class BuzzerTests
{
    private const int Pin = 5;
    private readonly FakeTimeProvider _time = new();

    private DateTimeOffset At(int ms) => _time.Start.AddMilliseconds(ms);

    [Fact]
    public void A_printed_ticket_chirps_for_120_ms_on_an_active_buzzer_without_blocking()
    {
        var driver = new FakeGpioDriver(_time);
        using var buzzer = new Buzzer(new GpioController(driver), Pin, shouldDispose: true, _time);

        buzzer.TicketPrinted();
        var soundingBeforeTimeMoved = buzzer.IsSounding;
        _time.AdvanceInSteps(TimeSpan.FromSeconds(1));

        Assert.True(soundingBeforeTimeMoved);
        Assert.False(buzzer.IsSounding);
        Assert.Equal(
            [new PinWrite(At(0), Pin, PinValue.Low), new PinWrite(At(0), Pin, PinValue.High), new PinWrite(At(120), Pin, PinValue.Low)],
            driver.WritesTo(Pin));
    }

    [Fact]
    public void A_passive_buzzer_runs_the_pwm_at_the_tone_frequency_and_half_duty()
    {
        var pwm = new FakePwmChannel(_time);
        using var buzzer = new Buzzer(pwm, 2700, shouldDispose: true, _time);

        buzzer.TicketPrinted();
        _time.AdvanceInSteps(TimeSpan.FromSeconds(1));

        Assert.Equal(2700, pwm.Frequency);
        Assert.Equal(0.5, pwm.DutyCycle);
        Assert.Equal([(At(0), true), (At(120), false)], pwm.Events);
    }

    [Fact]
    public void The_staff_alarm_is_three_300_ms_beeps_200_ms_apart()
    {
        var pwm = new FakePwmChannel(_time);
        using var buzzer = new Buzzer(pwm, 2700, shouldDispose: true, _time);

        buzzer.Alarm();
        _time.AdvanceInSteps(TimeSpan.FromSeconds(3));

        Assert.Equal(
            [(At(0), true), (At(300), false), (At(500), true), (At(800), false), (At(1000), true), (At(1300), false)],
            pwm.Events);
    }

    [Fact]
    public void A_ticket_chirp_does_not_cut_the_alarm_short()
    {
        var pwm = new FakePwmChannel(_time);
        using var buzzer = new Buzzer(pwm, 2700, shouldDispose: true, _time);
        buzzer.Alarm();
        _time.AdvanceInSteps(TimeSpan.FromMilliseconds(350));

        buzzer.TicketPrinted();
        _time.AdvanceInSteps(TimeSpan.FromSeconds(3));

        Assert.Equal(3, pwm.Events.Count(e => e.Running));
        Assert.Equal(At(1300), pwm.Events[^1].At);
    }

    [Fact]
    public void Silence_stops_a_sound_at_once()
    {
        var pwm = new FakePwmChannel(_time);
        using var buzzer = new Buzzer(pwm, 2700, shouldDispose: true, _time);
        buzzer.Alarm();
        _time.AdvanceInSteps(TimeSpan.FromMilliseconds(100));

        buzzer.Silence();
        _time.AdvanceInSteps(TimeSpan.FromSeconds(3));

        Assert.Equal([(At(0), true), (At(100), false)], pwm.Events);
    }

    [Fact]
    public void The_constructor_touches_no_hardware_and_dispose_releases_what_it_owns()
    {
        var pwm = new FakePwmChannel(_time);
        var driver = new FakeGpioDriver(_time);

        var pwmBuzzer = new Buzzer(pwm, 2700, shouldDispose: true, _time);
        var pinBuzzer = new Buzzer(new GpioController(driver), Pin, shouldDispose: false, _time);
        Assert.Empty(pwm.Events);
        Assert.Empty(driver.OpenPins);

        pwmBuzzer.Dispose();
        pinBuzzer.Dispose();
        Assert.True(pwm.IsDisposed);
        Assert.False(driver.IsDisposed);
    }
}
