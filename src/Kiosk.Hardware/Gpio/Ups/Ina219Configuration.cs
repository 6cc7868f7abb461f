namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>
/// Builds the configuration register (00h): the ranges, 12-bit ADC for bus and shunt (0011), and
/// continuous shunt-and-bus conversion (MODE 111). 16 V / 40 mV gives the datasheet's 019Fh;
/// 32 V / 320 mV is the power-on default 399Fh.
/// </summary>
public static class Ina219Configuration
{
    private const ushort Adc12Bit = 0b0011;
    private const ushort ContinuousShuntAndBus = 0b111;

    public static ushort Value(Ina219BusRange bus, Ina219ShuntRange shunt) =>
        (ushort)(((int)bus << 13) | ((int)shunt << 11) | (Adc12Bit << 7) | (Adc12Bit << 3) | ContinuousShuntAndBus);

    /// <summary>The narrowest shunt range that holds <paramref name="maxShuntVolts"/> (finest resolution).</summary>
    public static Ina219ShuntRange ShuntRangeFor(double maxShuntVolts) => maxShuntVolts switch
    {
        <= 0.040 => Ina219ShuntRange.Millivolts40,
        <= 0.080 => Ina219ShuntRange.Millivolts80,
        <= 0.160 => Ina219ShuntRange.Millivolts160,
        _ => Ina219ShuntRange.Millivolts320,
    };

    public static Ina219BusRange BusRangeFor(double maxBusVolts) =>
        maxBusVolts <= 16 ? Ina219BusRange.Volts16 : Ina219BusRange.Volts32;
}
