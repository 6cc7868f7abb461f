namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>The ASCII control bytes that start or end ESC/POS commands.</summary>
internal enum ControlByte : byte
{
    Eot = 0x04,
    Lf = 0x0A,
    Dle = 0x10,
    Esc = 0x1B,
    Gs = 0x1D,
}
