namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>One set of INA219 measurements. <see cref="Overflow"/> means current and power are not to be trusted.</summary>
public readonly record struct Ina219Reading(double ShuntVolts, double BusVolts, double CurrentAmps, double PowerWatts, bool Overflow);
