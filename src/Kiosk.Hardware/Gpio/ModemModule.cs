namespace Kiosk.Hardware.Gpio;

/// <summary>The modem family whose datasheet sets the default PWRKEY timings.</summary>
public enum ModemModule
{
    Sim800 = 0,
    Sim7600 = 1,
}
