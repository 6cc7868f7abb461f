using System.Device.Gpio;
using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Ups;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Gpio.Ups;

public class UpsPowerSensorTests
{
    private const int Pin = 22;
    private readonly FakeGpioDriver _driver = new(new FakeTimeProvider());

    private static Ina219 Ina219With(short shuntRaw, double busVolts)
    {
        var chip = new Ina219Simulator(0x42);
        chip.SeedMeasurements(unchecked((ushort)shuntRaw), (ushort)((int)Math.Round(busVolts / 0.004) << 3));
        return new Ina219(chip, Ina219Calibration.ForMaxCurrent(0.1, 2.0), shouldDispose: true);
    }

    [Fact]
    public void The_power_loss_line_at_its_active_level_means_mains_is_lost()
    {
        using var sensor = new UpsPowerSensor(new GpioController(_driver), Pin, LineLevel.Low, null, -0.05, shouldDispose: true);

        _driver.Drive(Pin, PinValue.High);
        var onMains = sensor.Read();
        _driver.Drive(Pin, PinValue.Low);
        var lost = sensor.Read();

        Assert.Equal(new PowerSample(true, null), onMains);
        Assert.Equal(new PowerSample(false, null), lost);
        Assert.Equal(PinMode.Input, _driver.Mode(Pin));
    }

    [Fact]
    public void Without_a_line_a_discharging_ina219_means_on_battery()
    {
        // -1000 × 10 µV over 0.1 Ω = -100 mA: discharging.
        using var sensor = new UpsPowerSensor(null, 0, LineLevel.Low, Ina219With(-1000, 3.7), -0.05, shouldDispose: true);

        var sample = sensor.Read();

        Assert.False(sample.MainsPresent);
        Assert.Equal(3.7, sample.BatteryVolts!.Value, 3);
    }

    [Fact]
    public void Without_a_line_a_charging_ina219_means_mains()
    {
        using var sensor = new UpsPowerSensor(null, 0, LineLevel.Low, Ina219With(500, 4.1), -0.05, shouldDispose: true);

        Assert.True(sensor.Read().MainsPresent);
    }

    [Fact]
    public void With_both_the_line_decides_and_the_ina219_gives_the_voltage()
    {
        using var sensor = new UpsPowerSensor(new GpioController(_driver), Pin, LineLevel.High, Ina219With(500, 7.4), -0.05, shouldDispose: true);
        _driver.Drive(Pin, PinValue.High);

        var sample = sensor.Read();

        Assert.False(sample.MainsPresent);
        Assert.Equal(7.4, sample.BatteryVolts!.Value, 3);
    }

    [Fact]
    public void A_sensor_with_no_source_is_refused() =>
        Assert.Throws<ArgumentException>(() => new UpsPowerSensor(null, 0, LineLevel.Low, null, -0.05, shouldDispose: true));

    [Fact]
    public void A_line_that_cannot_be_read_is_a_device_error_naming_the_pin()
    {
        using var sensor = new UpsPowerSensor(new GpioController(_driver), Pin, LineLevel.Low, null, -0.05, shouldDispose: true);
        sensor.Read();
        _driver.FailReads = true;

        var error = Assert.Throws<GpioDeviceException>(() => sensor.Read());

        Assert.Contains("BCM pin 22", error.Message, StringComparison.Ordinal);
        _driver.FailReads = false;
    }
}
