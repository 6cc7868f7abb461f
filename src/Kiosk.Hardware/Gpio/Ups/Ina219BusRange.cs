namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>Bus voltage full-scale range (BRNG, bit 13).</summary>
public enum Ina219BusRange
{
    Volts16 = 0,
    Volts32 = 1,
}
