namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>INA219 register pointers (TI SBOS448, Table "Summary of Register Set").</summary>
internal enum Ina219Register : byte
{
    Configuration = 0x00,
    ShuntVoltage = 0x01,
    BusVoltage = 0x02,
    Power = 0x03,
    Current = 0x04,
    Calibration = 0x05,
}
