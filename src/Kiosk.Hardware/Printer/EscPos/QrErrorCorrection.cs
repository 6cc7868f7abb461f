namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>GS ( k fn 69: the QR error correction level; the value is the byte the printer expects.</summary>
public enum QrErrorCorrection : byte
{
    /// <summary>About 7 % of the symbol may be damaged.</summary>
    L = 48,

    /// <summary>About 15 %.</summary>
    M = 49,

    /// <summary>About 25 %.</summary>
    Q = 50,

    /// <summary>About 30 %.</summary>
    H = 51,
}
