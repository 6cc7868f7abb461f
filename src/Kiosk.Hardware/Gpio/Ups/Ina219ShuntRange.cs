namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>Shunt PGA range (PG1:PG0, bits 12-11).</summary>
public enum Ina219ShuntRange
{
    Millivolts40 = 0,
    Millivolts80 = 1,
    Millivolts160 = 2,
    Millivolts320 = 3,
}
