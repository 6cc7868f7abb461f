using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Ups;

namespace Kiosk.Hardware.Tests.Gpio.Ups;

/// <summary>
/// Checked against TI SBOS448 (INA219 datasheet), "Configure/Measure/Calculate Example":
/// load 10 A, VCM 12 V, RSHUNT 2 mΩ, VSHUNT FSR 40 mV, VBUS range 16 V, Current_LSB 1 mA.
/// Configuration 019Fh, Shunt 07D0h (20 mV), Bus 5D98h (11.98 V), Calibration 5000h (20480),
/// Current 2710h (10.0 A), Power 1766h (119.8 W).
/// </summary>
public class Ina219Tests
{
    private static Ina219Simulator DatasheetExample()
    {
        var chip = new Ina219Simulator();
        chip.SeedMeasurements(shunt: 0x07D0, bus: 0x5D98);
        return chip;
    }

    [Fact]
    public void Calibration_for_the_datasheet_example_is_20480()
    {
        var calibration = Ina219Calibration.ForCurrentLsb(shuntOhms: 0.002, currentLsbAmps: 0.001);

        Assert.Equal(0x5000, calibration.RegisterValue);
        Assert.Equal(0.020, calibration.PowerLsbWatts, 9);
    }

    [Fact]
    public void Calibration_for_a_01_ohm_shunt_and_2_A_is_6710()
    {
        // Current_LSB = 2 A / 2^15 = 61.035 µA; Cal = trunc(0.04096 / (61.035e-6 × 0.1)) = 6710.
        var calibration = Ina219Calibration.ForMaxCurrent(shuntOhms: 0.1, maxExpectedAmps: 2.0);

        Assert.Equal(6710, calibration.RegisterValue);
        Assert.Equal(2.0 / 32768, calibration.CurrentLsbAmps, 12);
    }

    [Fact]
    public void A_calibration_that_does_not_fit_16_bits_is_refused()
    {
        Assert.Throws<GpioDeviceException>(() => Ina219Calibration.ForMaxCurrent(0.001, 0.001));
        Assert.False(Ina219Calibration.TryCreate(0, 2, out _));
    }

    [Fact]
    public void Configure_writes_the_datasheets_configuration_and_calibration_registers()
    {
        var chip = DatasheetExample();
        using var ina = new Ina219(chip, Ina219Calibration.ForCurrentLsb(0.002, 0.001), shouldDispose: true);

        ina.Configure(Ina219BusRange.Volts16, Ina219ShuntRange.Millivolts40);

        Assert.Equal([((byte)0x00, (ushort)0x019F), ((byte)0x05, (ushort)0x5000)], chip.Writes);
    }

    [Fact]
    public void Readings_match_the_datasheet_example()
    {
        var chip = DatasheetExample();
        using var ina = new Ina219(chip, Ina219Calibration.ForCurrentLsb(0.002, 0.001), shouldDispose: true);
        ina.Configure(Ina219BusRange.Volts16, Ina219ShuntRange.Millivolts40);

        var reading = ina.Read();

        Assert.Equal(0x2710, chip[0x04]);
        Assert.Equal(0x1766, chip[0x03]);
        Assert.Equal(0.020, reading.ShuntVolts, 9);
        Assert.Equal(11.98, reading.BusVolts, 9);
        Assert.Equal(10.0, reading.CurrentAmps, 9);
        Assert.Equal(119.8, reading.PowerWatts, 9);
        Assert.False(reading.Overflow);
    }

    [Fact]
    public void Bus_voltage_drops_the_three_status_bits_and_reports_overflow()
    {
        Assert.Equal(2995 * 0.004, Ina219Calibration.BusVolts(0x5D98), 9);
        Assert.Equal(2995 * 0.004, Ina219Calibration.BusVolts(0x5D9B), 9);
        Assert.True(Ina219Calibration.Overflowed(0x5D99));
        Assert.False(Ina219Calibration.Overflowed(0x5D9A));
    }

    [Fact]
    public void A_negative_shunt_voltage_reads_as_a_discharging_current()
    {
        var chip = new Ina219Simulator();
        chip.SeedMeasurements(shunt: unchecked((ushort)(short)-2000), bus: 0x5D98);
        using var ina = new Ina219(chip, Ina219Calibration.ForCurrentLsb(0.002, 0.001), shouldDispose: true);
        ina.Configure(Ina219BusRange.Volts16, Ina219ShuntRange.Millivolts40);

        var reading = ina.Read();

        Assert.Equal(-0.020, reading.ShuntVolts, 9);
        Assert.Equal(-10.0, reading.CurrentAmps, 9);
    }

    [Fact]
    public void A_calibration_lost_to_a_brown_out_is_rewritten_before_reading()
    {
        var chip = DatasheetExample();
        using var ina = new Ina219(chip, Ina219Calibration.ForCurrentLsb(0.002, 0.001), shouldDispose: true);
        ina.Configure(Ina219BusRange.Volts16, Ina219ShuntRange.Millivolts40);

        chip.Reset();
        var reading = ina.Read();

        Assert.Equal(0x5000, chip[0x05]);
        Assert.Equal(0x019F, chip[0x00]);
        Assert.Equal(10.0, reading.CurrentAmps, 9);
    }

    [Fact]
    public void An_i2c_failure_names_the_device_and_how_to_check_it()
    {
        var chip = DatasheetExample();
        using var ina = new Ina219(chip, Ina219Calibration.ForCurrentLsb(0.002, 0.001), shouldDispose: true);
        chip.Unplugged = true;

        var error = Assert.Throws<GpioDeviceException>(() => ina.ReadBusVolts());

        Assert.Contains("INA219 at 0x40", error.Message, StringComparison.Ordinal);
        Assert.Contains("i2cdetect", error.Message, StringComparison.Ordinal);
        Assert.IsType<IOException>(error.InnerException);
    }

    [Theory]
    [InlineData(0.030, Ina219ShuntRange.Millivolts40)]
    [InlineData(0.2, Ina219ShuntRange.Millivolts320)]
    [InlineData(0.1, Ina219ShuntRange.Millivolts160)]
    public void The_shunt_range_is_the_narrowest_that_holds_the_drop(double volts, Ina219ShuntRange expected) =>
        Assert.Equal(expected, Ina219Configuration.ShuntRangeFor(volts));

    [Fact]
    public void The_power_on_configuration_is_32_V_and_320_mV() =>
        Assert.Equal(Ina219Simulator.PowerOnConfiguration, Ina219Configuration.Value(Ina219BusRange.Volts32, Ina219ShuntRange.Millivolts320));
}
