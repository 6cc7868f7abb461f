namespace Kiosk.Hardware.Gpio;

/// <summary>The INA219 on a UPS HAT.</summary>
public sealed class Ina219Options
{
    /// <summary>The I2C bus (1 = /dev/i2c-1, the header's SDA1/SCL1 on GPIO2/GPIO3).</summary>
    public int BusId { get; set; } = 1;

    /// <summary>7-bit address; 0x40 with A0 and A1 grounded (Waveshare UPS HATs use 0x42 or 0x43).</summary>
    public int Address { get; set; } = 0x40;

    public double ShuntOhms { get; set; } = 0.1;

    /// <summary>Largest current expected through the shunt; sets the current LSB (max / 2^15).</summary>
    public double MaxExpectedAmps { get; set; } = 2.0;

    /// <summary>Series cells in the battery pack: the shutdown voltage is per cell times this.</summary>
    public int CellsInSeries { get; set; } = 1;

    /// <summary>
    /// Without a power-loss line, the HAT is taken to run on battery when the shunt current is
    /// below this (the battery discharging). UPS HATs report a negative current when discharging.
    /// </summary>
    public double OnBatteryBelowAmps { get; set; } = -0.05;
}
