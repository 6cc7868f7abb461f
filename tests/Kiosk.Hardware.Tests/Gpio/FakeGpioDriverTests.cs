using System.Device.Gpio;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Gpio;

public class FakeGpioDriverTests
{
    [Fact]
    public void Writes_through_a_controller_are_recorded_with_the_fake_clock_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var driver = new FakeGpioDriver(time);
        using var controller = new GpioController(driver);
        controller.OpenPin(17, PinMode.Output);

        controller.Write(17, PinValue.High);
        time.Advance(TimeSpan.FromMilliseconds(250));
        controller.Write(17, PinValue.Low);

        Assert.Equal(
            [new PinWrite(time.Start, 17, PinValue.High), new PinWrite(time.Start.AddMilliseconds(250), 17, PinValue.Low)],
            driver.Writes);
    }

    [Fact]
    public void Driving_an_input_fires_only_the_callbacks_for_that_edge()
    {
        var driver = new FakeGpioDriver(new FakeTimeProvider());
        using var controller = new GpioController(driver);
        controller.OpenPin(27, PinMode.InputPullUp);
        var seen = new List<PinEventTypes>();
        controller.RegisterCallbackForPinValueChangedEvent(27, PinEventTypes.Falling, (_, e) => seen.Add(e.ChangeType));

        driver.Drive(27, PinValue.Low);
        driver.Drive(27, PinValue.Low);
        driver.Drive(27, PinValue.High);

        Assert.Equal([PinEventTypes.Falling], seen);
        Assert.Equal(PinValue.High, controller.Read(27));
    }
}
