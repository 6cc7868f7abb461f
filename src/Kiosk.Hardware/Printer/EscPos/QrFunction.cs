namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>GS ( k cn = 49 (QR code) function numbers.</summary>
internal enum QrFunction : byte
{
    SelectModel = 65,
    ModuleSize = 67,
    ErrorCorrection = 69,
    Store = 80,
    Print = 81,
}
