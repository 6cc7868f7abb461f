namespace Kiosk.Hardware.Gpio.Button;

/// <summary>What a person did with the ticket button.</summary>
public enum ButtonGesture
{
    /// <summary>Pressed and released before the long-press time: print a queue ticket.</summary>
    Press = 0,

    /// <summary>Held for the long-press time (raised while still held): print the technician test page.</summary>
    LongPress = 1,
}
