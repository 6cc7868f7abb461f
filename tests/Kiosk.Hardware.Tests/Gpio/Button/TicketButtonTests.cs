using System.Device.Gpio;
using Kiosk.Hardware.Gpio.Button;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Gpio.Button;

public class TicketButtonTests
{
    private const int Pin = 27;
    private readonly FakeTimeProvider _time = new();
    private readonly FakeGpioDriver _driver;

    public TicketButtonTests() => _driver = new FakeGpioDriver(_time);

    private TicketButton NewButton(bool activeLow = true) =>
        new(new GpioController(_driver), Pin, activeLow, TimeSpan.FromMilliseconds(30), TimeSpan.FromSeconds(3), shouldDispose: true, _time);

    private List<ButtonGesture> Drain(TicketButton button)
    {
        var seen = new List<ButtonGesture>();
        while (button.Gestures.TryRead(out var gesture))
        {
            seen.Add(gesture);
        }

        return seen;
    }

    private void Wait(int ms) => _time.AdvanceInSteps(TimeSpan.FromMilliseconds(ms), TimeSpan.FromMilliseconds(1));

    [Fact]
    public void Bounce_noise_on_an_active_low_button_yields_exactly_one_press()
    {
        using var button = NewButton();
        button.Start();

        foreach (var level in new[] { PinValue.Low, PinValue.High, PinValue.Low, PinValue.High, PinValue.Low })
        {
            _driver.Drive(Pin, level);
            Wait(2);
        }

        Wait(200);
        foreach (var level in new[] { PinValue.High, PinValue.Low, PinValue.High, PinValue.Low, PinValue.High })
        {
            _driver.Drive(Pin, level);
            Wait(3);
        }

        Wait(1000);
        Assert.Equal([ButtonGesture.Press], Drain(button));
    }

    [Fact]
    public void Holding_the_button_three_seconds_asks_for_the_test_page_once()
    {
        using var button = NewButton();
        button.Start();

        _driver.Drive(Pin, PinValue.Low);
        Wait(2999);
        var beforeTime = Drain(button);
        Wait(2);
        var atTime = Drain(button);
        Wait(4000);
        _driver.Drive(Pin, PinValue.High);
        Wait(100);

        Assert.Empty(beforeTime);
        Assert.Equal([ButtonGesture.LongPress], atTime);
        Assert.Empty(Drain(button));
    }

    [Fact]
    public void A_release_edge_lost_in_the_bounces_is_caught_by_reading_the_pin()
    {
        using var button = NewButton();
        button.Start();

        _driver.Drive(Pin, PinValue.Low);
        Wait(100);
        _driver.Drive(Pin, PinValue.High);
        Wait(1);
        _driver.Drive(Pin, PinValue.Low);
        Wait(1);
        _driver.Drive(Pin, PinValue.High, fireCallbacks: false);
        Wait(200);

        Assert.Equal([ButtonGesture.Press], Drain(button));
    }

    [Fact]
    public void A_failing_pin_read_on_the_timer_is_logged_and_edges_still_make_the_press()
    {
        var logger = new ListLogger<TicketButton>();
        using var button = new TicketButton(
            new GpioController(_driver), Pin, activeLow: true, TimeSpan.FromMilliseconds(30), TimeSpan.FromSeconds(3), shouldDispose: true, _time, logger);
        button.Start();
        _driver.FailReads = true;

        _driver.Drive(Pin, PinValue.Low);
        Wait(100);
        _driver.Drive(Pin, PinValue.High);
        Wait(100);
        _driver.FailReads = false;

        Assert.Equal([ButtonGesture.Press], Drain(button));
        Assert.NotEmpty(logger.Entries);
        Assert.All(logger.Entries, e => Assert.IsType<IOException>(e.Exception));
    }

    [Fact]
    public void An_active_high_button_idles_on_the_pull_down_and_presses_on_a_rising_edge()
    {
        using var button = NewButton(activeLow: false);
        button.Start();

        _driver.Drive(Pin, PinValue.High);
        Wait(100);
        _driver.Drive(Pin, PinValue.Low);
        Wait(100);

        Assert.Equal(PinMode.InputPullDown, _driver.Mode(Pin));
        Assert.Equal([ButtonGesture.Press], Drain(button));
    }

    [Fact]
    public void The_constructor_opens_no_pin_and_start_uses_the_pull_up_for_active_low()
    {
        using var button = NewButton();
        Assert.Empty(_driver.OpenPins);

        button.Start();

        Assert.Equal([Pin], _driver.OpenPins);
        Assert.Equal(PinMode.InputPullUp, _driver.Mode(Pin));
    }

    [Fact]
    public void Dispose_closes_the_pin_and_completes_the_gesture_channel()
    {
        var button = NewButton();
        button.Start();

        button.Dispose();

        Assert.Empty(_driver.OpenPins);
        Assert.True(_driver.IsDisposed);
        Assert.True(button.Gestures.Completion.IsCompleted);
    }
}
