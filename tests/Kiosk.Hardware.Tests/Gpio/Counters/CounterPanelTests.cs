using System.Device.Gpio;
using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Button;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Gpio.Counters;

/// <summary>Counter panels (<c>Kiosk:Gpio:CounterPanels</c>): their settings, and the board opening their buttons and displays.</summary>
public class CounterPanelTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void A_panel_with_buttons_and_a_display_is_valid_and_opens_all_three_on_the_shared_controller()
    {
        var driver = new FakeGpioDriver(_time);
        var options = new GpioOptions
        {
            StatusLedPin = 17,
            CounterPanels = [new() { Counter = "Loket 1", NextButtonPin = 5, RecallButtonPin = 6, DisplayClockPin = 20, DisplayDataPin = 21 }],
        };
        Assert.Empty(GpioOptionsValidator.Check(options));

        using var board = GpioBoard.Create(options, () => new GpioController(driver), (_, _, _) => throw new InvalidOperationException(), _ => throw new InvalidOperationException(), _time, NullLoggerFactory.Instance);
        var panel = Assert.Single(board.CounterPanels);
        panel.Next!.Start();
        panel.Recall!.Start();
        panel.Digits!.Show("A-007");

        Assert.Equal("Loket 1", panel.Counter);
        Assert.True(driver.HasCallback(5) && driver.HasCallback(6), "both buttons listen for edges");
        Assert.Contains(Tm1637Bus.Frames(driver.Writes, 20, 21), f => f is [0xC0, 0x77, 0x3F, 0x3F, 0x07, ..]);
    }

    [Fact]
    public void A_press_of_a_panel_button_arrives_as_a_gesture()
    {
        var driver = new FakeGpioDriver(_time);
        var options = new GpioOptions { CounterPanels = [new() { Counter = "Loket 2", NextButtonPin = 5 }] };
        using var board = GpioBoard.Create(options, () => new GpioController(driver), (_, _, _) => throw new InvalidOperationException(), _ => throw new InvalidOperationException(), _time, NullLoggerFactory.Instance);
        var next = board.CounterPanels[0].Next!;
        next.Start();

        driver.Drive(5, PinValue.Low);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        driver.Drive(5, PinValue.High);
        _time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.True(next.Gestures.TryRead(out var gesture));
        Assert.Equal(ButtonGesture.Press, gesture);
        Assert.Null(board.CounterPanels[0].Digits);
    }

    [Fact]
    public void Bad_panels_are_refused_naming_each_key()
    {
        var options = new GpioOptions
        {
            StatusLedPin = 17,
            CounterPanels =
            [
                new() { Counter = "Loket 1", NextButtonPin = 17, DisplayClockPin = 20 },
                new() { Counter = "loket 1", RecallButtonPin = 6, DisplayBrightness = 9 },
                new() { Counter = " " },
            ],
        };

        var problems = GpioOptionsValidator.Check(options);

        Assert.Contains("Kiosk:Gpio:CounterPanels:0:NextButtonPin: BCM pin 17 is already used by Kiosk:Gpio:StatusLedPin; each peripheral needs its own pin", problems);
        Assert.Contains("Kiosk:Gpio:CounterPanels:0:DisplayDataPin: is required too: a TM1637 display needs its CLK and DIO pins", problems);
        Assert.Contains("Kiosk:Gpio:CounterPanels:1:Counter: 'loket 1' already has a panel; one panel per counter", problems);
        Assert.Contains("Kiosk:Gpio:CounterPanels:1:DisplayBrightness: 9 is not a TM1637 brightness; use 0 to 7", problems);
        Assert.Contains("Kiosk:Gpio:CounterPanels:2:Counter: is required: the counter's name as paired, e.g. \"Loket 1\"", problems);
        Assert.Contains("Kiosk:Gpio:CounterPanels:2: has no pins: wire a button (NextButtonPin, RecallButtonPin) or a display (DisplayClockPin, DisplayDataPin)", problems);
    }
}
