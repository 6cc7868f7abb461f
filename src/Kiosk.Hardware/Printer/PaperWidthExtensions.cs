namespace Kiosk.Hardware.Printer;

public static class PaperWidthExtensions
{
    /// <summary>Width of Font A in dots (12 x 24 dot cells).</summary>
    public const int FontAWidthDots = 12;

    /// <summary>Height of Font A in dots.</summary>
    public const int FontAHeightDots = 24;

    /// <summary>The printable width in dots at 203 dpi.</summary>
    public static int Dots(this PaperWidth width) => width switch
    {
        PaperWidth.Mm58 => 384,
        PaperWidth.Mm80 => 576,
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, "Unknown paper width."),
    };

    /// <summary>Font A columns at normal width; divide by the width multiplier for larger characters.</summary>
    public static int Columns(this PaperWidth width) => width.Dots() / FontAWidthDots;

    /// <summary>Font A columns when characters are <paramref name="widthMultiplier"/> times as wide.</summary>
    public static int Columns(this PaperWidth width, int widthMultiplier)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(widthMultiplier, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(widthMultiplier, 8);
        return width.Columns() / widthMultiplier;
    }
}
