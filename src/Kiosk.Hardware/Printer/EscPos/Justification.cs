namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>ESC a n: where a line sits on the paper.</summary>
public enum Justification : byte
{
    Left = 0,
    Center = 1,
    Right = 2,
}
