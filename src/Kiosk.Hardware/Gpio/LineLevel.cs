namespace Kiosk.Hardware.Gpio;

/// <summary>An electrical level, as written in configuration ("Low" or "High").</summary>
public enum LineLevel
{
    Low = 0,
    High = 1,
}
