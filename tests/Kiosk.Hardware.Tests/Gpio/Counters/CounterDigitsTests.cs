using System.Device.Gpio;
using Kiosk.Hardware.Gpio.Counters;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Gpio.Counters;

/// <summary>The counter display through Iot.Device's TM1637 driver, read back bit by bit from the fake GPIO lines.</summary>
public class CounterDigitsTests
{
    private const int Clock = 20;
    private const int Data = 21;

    [Fact]
    public void Showing_a_ticket_sends_the_datasheet_commands_with_the_segments_of_its_letter_and_digits()
    {
        var driver = new FakeGpioDriver(new FakeTimeProvider());
        using var controller = new GpioController(driver);
        using var digits = new CounterDigits(controller, Clock, Data, brightness: 7);
        var before = driver.Writes.Count;

        digits.Show("A-007");

        var frames = Tm1637Bus.Frames(driver.Writes.Skip(before), Clock, Data);
        // Datasheet: data command 0x40 (write, auto-increment), address 0xC0 then the digits,
        // display control 0x88 | brightness (0x8F: on, brightest).
        Assert.Equal([0x40], frames[0]);
        Assert.Equal(0xC0, frames[1][0]);
        Assert.Equal(new byte[] { 0x77, 0x3F, 0x3F, 0x07, 0, 0 }, frames[1][1..]);
        Assert.Equal([0x8F], frames[^1]);
        Assert.Equal("A-007", digits.Showing);
    }

    [Fact]
    public void Iot_device_4_2_leaves_a_TM1637_dark_unless_the_screen_is_set_explicitly()
    {
        // The surprise behind CounterDigits' SetScreen call: the binding's display-control byte
        // starts at 0 (off) and setting brightness 7 / screen on, its defaults, changes nothing.
        var driver = new FakeGpioDriver(new FakeTimeProvider());
        using var controller = new GpioController(driver);
        using var bare = new Iot.Device.Tm16xx.Tm1637(Clock, Data, controller, shouldDispose: false) { ScreenBrightness = 7, IsScreenOn = true };

        bare.Display([0x77]);

        Assert.Equal([0x00], Tm1637Bus.Frames(driver.Writes, Clock, Data)[^1]);
    }

    [Fact]
    public void Clearing_blanks_every_digit()
    {
        var driver = new FakeGpioDriver(new FakeTimeProvider());
        using var controller = new GpioController(driver);
        using var digits = new CounterDigits(controller, Clock, Data, brightness: 2);
        digits.Show("B-120");
        var before = driver.Writes.Count;

        digits.Clear();

        var address = Tm1637Bus.Frames(driver.Writes.Skip(before), Clock, Data).Single(f => f[0] == 0xC0);
        Assert.All(address[1..], segments => Assert.Equal(0, segments));
        Assert.Null(digits.Showing);
    }

    [Theory]
    [InlineData("A-007", "A007")]
    [InlineData("C-120", "C120")]
    [InlineData("A-1234", "1234")]
    [InlineData("b-5", "b005")]
    public void A_ticket_code_shows_as_its_letter_and_last_three_digits(string code, string shown) =>
        Assert.Equal(shown.Select(SevenSegmentFont.Segments), SevenSegmentFont.FourDigits(code));

    [Fact]
    public void Every_letter_a_ticket_can_have_lights_some_segments()
    {
        Assert.All("ABCDEFGHIJKLMNOPQRSTUVWXYZ", letter => Assert.NotEqual(0, SevenSegmentFont.Segments(letter)));
        // The datasheet's segment order: 0 lights a–f, 1 lights b and c, 8 lights all seven.
        Assert.Equal((0x3F, 0x06, 0x7F), (SevenSegmentFont.Segments('0'), SevenSegmentFont.Segments('1'), SevenSegmentFont.Segments('8')));
    }
}
