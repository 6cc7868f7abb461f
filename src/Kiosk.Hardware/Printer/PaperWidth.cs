namespace Kiosk.Hardware.Printer;

/// <summary>The roll width of the printer. Font A is 12 x 24 dots, so the column count is the dot width / 12.</summary>
public enum PaperWidth
{
    /// <summary>58 mm roll: 384 dots, 32 columns.</summary>
    Mm58,

    /// <summary>80 mm roll: 576 dots, 48 columns.</summary>
    Mm80,
}
