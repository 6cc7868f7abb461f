namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>Where the <see cref="PowerLossMonitor"/> gets its samples.</summary>
public interface IPowerSensor
{
    PowerSample Read();
}
