namespace Kiosk.Hardware.Printer;

/// <summary>
/// Character code tables this kiosk can select with ESC t n. The value is the ESC t parameter
/// from the Epson ESC/POS reference; <see cref="PrinterCodePageExtensions.WindowsCodePage"/> maps it
/// to the .NET encoding used to encode text.
/// </summary>
public enum PrinterCodePage : byte
{
    /// <summary>Page 0: PC437 (USA, standard Europe). Every ESC/POS printer has it.</summary>
    Pc437 = 0,

    /// <summary>Page 2: PC850 (Multilingual).</summary>
    Pc850 = 2,

    /// <summary>Page 16: WPC1252 (Windows Latin-1), has curly quotes, dashes and the ellipsis.</summary>
    Wpc1252 = 16,

    /// <summary>Page 19: PC858 (PC850 with the euro sign).</summary>
    Pc858 = 19,
}
