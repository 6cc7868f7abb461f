namespace Kiosk.Hardware.Gpio.Ups;

public enum PowerState
{
    Mains = 0,

    /// <summary>Mains lost; the shutdown deadline runs.</summary>
    OnBattery = 1,

    /// <summary>On battery and the battery is below the shutdown voltage.</summary>
    Critical = 2,
}
