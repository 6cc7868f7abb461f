namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>
/// One look at the power supply. Null means the source is not fitted: with no power-loss line and
/// no INA219, mains is taken to be present.
/// </summary>
public readonly record struct PowerSample(bool? MainsPresent, double? BatteryVolts);
