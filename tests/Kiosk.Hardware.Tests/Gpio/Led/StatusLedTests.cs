using System.Device.Gpio;
using Kiosk.Hardware.Gpio.Led;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Gpio.Led;

public class StatusLedTests
{
    private const int Pin = 17;
    private readonly FakeTimeProvider _time = new();
    private readonly FakeGpioDriver _driver;
    private readonly GpioController _controller;

    public StatusLedTests()
    {
        _driver = new FakeGpioDriver(_time);
        _controller = new GpioController(_driver);
    }

    [Theory]
    [InlineData(StatusLedSignal.Starting)]
    [InlineData(StatusLedSignal.PrinterFault)]
    [InlineData(StatusLedSignal.ModemFault)]
    [InlineData(StatusLedSignal.NoUpstream)]
    [InlineData(StatusLedSignal.StoreFault)]
    [InlineData(StatusLedSignal.OnBattery)]
    public void The_pin_follows_the_patterns_timeline(StatusLedSignal signal)
    {
        using var led = new StatusLed(_controller, Pin, shouldDispose: true, _time);
        var horizon = TimeSpan.FromSeconds(12);

        led.Show(signal);
        _time.AdvanceInSteps(horizon);

        var expected = StatusLedPatterns.For(signal).Transitions(horizon)
            .Select(t => new PinWrite(_time.Start + t.At, Pin, t.On ? PinValue.High : PinValue.Low));
        Assert.Equal(expected, _driver.WritesTo(Pin));
    }

    [Fact]
    public void Ready_is_one_write_high_and_nothing_after()
    {
        using var led = new StatusLed(_controller, Pin, shouldDispose: true, _time);

        led.Show(StatusLedSignal.Ready);
        _time.AdvanceInSteps(TimeSpan.FromMinutes(5));

        Assert.Equal([new PinWrite(_time.Start, Pin, PinValue.High)], _driver.WritesTo(Pin));
    }

    [Fact]
    public void Several_faults_show_the_most_important()
    {
        using var led = new StatusLed(_controller, Pin, shouldDispose: true, _time);

        led.Show([StatusLedSignal.NoUpstream, StatusLedSignal.PrinterFault, StatusLedSignal.ModemFault, StatusLedSignal.Starting]);

        Assert.Equal(StatusLedSignal.PrinterFault, led.Current);
    }

    [Theory]
    [InlineData(new StatusLedSignal[0], StatusLedSignal.Ready)]
    [InlineData(new[] { StatusLedSignal.Starting, StatusLedSignal.NoUpstream }, StatusLedSignal.NoUpstream)]
    [InlineData(new[] { StatusLedSignal.NoUpstream, StatusLedSignal.ModemFault }, StatusLedSignal.ModemFault)]
    [InlineData(new[] { StatusLedSignal.ModemFault, StatusLedSignal.PrinterFault }, StatusLedSignal.PrinterFault)]
    [InlineData(new[] { StatusLedSignal.PrinterFault, StatusLedSignal.OnBattery, StatusLedSignal.ModemFault }, StatusLedSignal.OnBattery)]
    [InlineData(new[] { StatusLedSignal.PrinterFault, StatusLedSignal.StoreFault, StatusLedSignal.NoUpstream }, StatusLedSignal.StoreFault)]
    public void Priority_order_is_on_battery_printer_modem_upstream_starting(StatusLedSignal[] active, StatusLedSignal expected) =>
        Assert.Equal(expected, StatusLedPriority.Choose(active));

    [Fact]
    public void Showing_the_same_signal_again_does_not_restart_its_pattern()
    {
        using var led = new StatusLed(_controller, Pin, shouldDispose: true, _time);
        led.Show(StatusLedSignal.Starting);
        _time.AdvanceInSteps(TimeSpan.FromMilliseconds(500));

        led.Show(StatusLedSignal.Starting);
        _time.AdvanceInSteps(TimeSpan.FromMilliseconds(600));

        Assert.Equal(
            [new PinWrite(_time.Start, Pin, PinValue.High), new PinWrite(_time.Start.AddSeconds(1), Pin, PinValue.Low)],
            _driver.WritesTo(Pin));
    }

    [Fact]
    public void A_new_signal_replaces_the_old_pattern_without_stray_writes()
    {
        using var led = new StatusLed(_controller, Pin, shouldDispose: true, _time);
        led.Show(StatusLedSignal.OnBattery);
        _time.AdvanceInSteps(TimeSpan.FromMilliseconds(100));

        led.Show(StatusLedSignal.Ready);
        _time.AdvanceInSteps(TimeSpan.FromSeconds(10));

        Assert.Equal(
            [new PinWrite(_time.Start, Pin, PinValue.High), new PinWrite(_time.Start.AddMilliseconds(100), Pin, PinValue.High)],
            _driver.WritesTo(Pin));
    }

    [Fact]
    public void The_constructor_opens_no_pin()
    {
        using var led = new StatusLed(_controller, Pin, shouldDispose: true, _time);

        Assert.Empty(_driver.OpenPins);
        Assert.Null(led.Current);
    }

    [Fact]
    public void Dispose_turns_the_led_off_closes_the_pin_and_disposes_an_owned_controller()
    {
        var led = new StatusLed(_controller, Pin, shouldDispose: true, _time);
        led.Show(StatusLedSignal.Ready);

        led.Dispose();
        _time.AdvanceInSteps(TimeSpan.FromSeconds(5));

        Assert.Equal(PinValue.Low, _driver.WritesTo(Pin)[^1].Value);
        Assert.Empty(_driver.OpenPins);
        Assert.True(_driver.IsDisposed);
    }

    [Fact]
    public void A_borrowed_controller_is_left_open()
    {
        var led = new StatusLed(_controller, Pin, shouldDispose: false, _time);
        led.Show(StatusLedSignal.Ready);

        led.Dispose();

        Assert.False(_driver.IsDisposed);
        _controller.Dispose();
    }

    [Fact]
    public void Raised_conditions_are_shown_by_priority_and_clearing_them_all_shows_ready()
    {
        using var led = new StatusLed(_controller, Pin, shouldDispose: true, _time);

        led.Raise(StatusLedSignal.Starting);
        var starting = led.Current;
        led.Raise(StatusLedSignal.ModemFault);
        led.Raise(StatusLedSignal.OnBattery);
        var onBattery = led.Current;
        led.Clear(StatusLedSignal.OnBattery);
        var modem = led.Current;
        led.Clear(StatusLedSignal.Starting);
        led.Clear(StatusLedSignal.ModemFault);

        Assert.Equal(
            [StatusLedSignal.Starting, StatusLedSignal.OnBattery, StatusLedSignal.ModemFault, StatusLedSignal.Ready],
            new[] { starting, onBattery, modem, led.Current });
    }

    [Fact]
    public void A_pin_write_failing_on_the_timer_is_logged_and_stops_the_pattern_instead_of_crashing()
    {
        var logger = new ListLogger<StatusLed>();
        using var led = new StatusLed(_controller, Pin, shouldDispose: true, _time, logger);
        led.Show(StatusLedSignal.OnBattery);

        _driver.FailWrites = true;
        _time.AdvanceInSteps(TimeSpan.FromSeconds(2));
        _driver.FailWrites = false;

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, entry.Level);
        Assert.Contains("status LED", entry.Message, StringComparison.Ordinal);
        Assert.IsType<IOException>(entry.Exception);
    }
}
