namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>GS v 0 m: how each image dot is scaled.</summary>
public enum RasterScale : byte
{
    Normal = 0,
    DoubleWidth = 1,
    DoubleHeight = 2,
    Quadruple = 3,
}
