using System.Collections;

namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>
/// The ESC/POS emitter: pure functions that return the bytes of one command each, as defined in the
/// Epson ESC/POS command reference. Nothing here touches a device.
/// </summary>
public static class EscPosCommands
{
    private const byte QrSymbol = 49; // cn = 49 selects the QR code symbol in GS ( k
    private const byte QrModel2 = 50;
    private const byte QrStoreOrPrint = 48; // m = 48 in fn 80 and fn 81
    private const byte CutFeedAndPartial = 66; // GS V m = 66: feed to the cutter, then partial cut

    /// <summary>Largest QR payload for fn 80 (model 2, numeric data, level L).</summary>
    public const int MaxQrDataLength = 7089;

    /// <summary>Largest raster height in dots that every supported printer accepts.</summary>
    public const int MaxRasterHeightDots = 2303;

    /// <summary>ESC @: clears the buffer and restores every setting to its power-on default.</summary>
    public static byte[] Initialize() => [(byte)ControlByte.Esc, (byte)'@'];

    /// <summary>ESC t n: selects the character code table used for bytes 0x80-0xFF.</summary>
    public static byte[] SelectCodePage(PrinterCodePage page)
    {
        _ = page.WindowsCodePage(); // rejects values outside the enum
        return [(byte)ControlByte.Esc, (byte)'t', (byte)page];
    }

    /// <summary>ESC a n: justification of the following lines.</summary>
    public static byte[] Align(Justification justification)
    {
        if (!Enum.IsDefined(justification))
        {
            throw new ArgumentOutOfRangeException(nameof(justification), justification, "Unknown justification.");
        }

        return [(byte)ControlByte.Esc, (byte)'a', (byte)justification];
    }

    /// <summary>ESC E n: emphasised (bold) on or off.</summary>
    public static byte[] Emphasis(bool on) => [(byte)ControlByte.Esc, (byte)'E', on ? (byte)1 : (byte)0];

    /// <summary>GS ! n: character width and height multipliers, each 1 to 8.</summary>
    public static byte[] CharacterSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 8);
        return [(byte)ControlByte.Gs, (byte)'!', (byte)(((width - 1) << 4) | (height - 1))];
    }

    /// <summary>LF: prints the line buffer and feeds one line.</summary>
    public static byte[] LineFeed() => [(byte)ControlByte.Lf];

    /// <summary>ESC d n: prints the line buffer and feeds n lines (0 to 255).</summary>
    public static byte[] FeedLines(int lines)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lines);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lines, 255);
        return [(byte)ControlByte.Esc, (byte)'d', (byte)lines];
    }

    /// <summary>
    /// GS V 66 0: feeds the paper to the cutter position and makes a partial cut (one point left
    /// uncut). Chosen over GS V 1 because GS V 1 cuts where the paper is, cutting through the last
    /// printed lines that sit between the head and the blade.
    /// </summary>
    public static byte[] PartialCut() => [(byte)ControlByte.Gs, (byte)'V', CutFeedAndPartial, 0];

    /// <summary>GS ( k fn 65: selects QR model 2.</summary>
    public static byte[] QrSelectModel2() => QrFunctionCommand(QrFunction.SelectModel, QrModel2, 0);

    /// <summary>GS ( k fn 67: module size in dots, 1 to 16.</summary>
    public static byte[] QrModuleSize(int dots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dots, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dots, 16);
        return QrFunctionCommand(QrFunction.ModuleSize, (byte)dots);
    }

    /// <summary>GS ( k fn 69: error correction level.</summary>
    public static byte[] QrErrorCorrectionLevel(QrErrorCorrection level)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown QR error correction level.");
        }

        return QrFunctionCommand(QrFunction.ErrorCorrection, (byte)level);
    }

    /// <summary>GS ( k fn 80: stores the symbol data; (pL + pH * 256) = data length + 3.</summary>
    public static byte[] QrStore(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty || data.Length > MaxQrDataLength)
        {
            throw new ArgumentOutOfRangeException(nameof(data), data.Length, $"QR data must be 1 to {MaxQrDataLength} bytes.");
        }

        var parameterLength = data.Length + 3;
        var bytes = new byte[8 + data.Length];
        bytes[0] = (byte)ControlByte.Gs;
        bytes[1] = (byte)'(';
        bytes[2] = (byte)'k';
        bytes[3] = (byte)(parameterLength & 0xFF);
        bytes[4] = (byte)(parameterLength >> 8);
        bytes[5] = QrSymbol;
        bytes[6] = (byte)QrFunction.Store;
        bytes[7] = QrStoreOrPrint;
        data.CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    /// <summary>GS ( k fn 81: prints the stored symbol.</summary>
    public static byte[] QrPrint() => QrFunctionCommand(QrFunction.Print, QrStoreOrPrint);

    /// <summary>The full sequence that prints one model 2 QR code: fn 65, 67, 69, 80, 81.</summary>
    public static byte[] QrCode(ReadOnlySpan<byte> data, int moduleSize, QrErrorCorrection level) =>
        [.. QrSelectModel2(), .. QrModuleSize(moduleSize), .. QrErrorCorrectionLevel(level), .. QrStore(data), .. QrPrint()];

    /// <summary>
    /// GS v 0 m xL xH yL yH d1...dk: prints a 1-bit raster image. <paramref name="pixels"/> holds
    /// the image row by row, <paramref name="widthDots"/> pixels a row, true = black; rows are packed
    /// most significant bit first and padded to whole bytes.
    /// </summary>
    public static byte[] RasterImage(BitArray pixels, int widthDots, RasterScale scale = RasterScale.Normal)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentOutOfRangeException.ThrowIfLessThan(widthDots, 1);
        if (!Enum.IsDefined(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown raster scale.");
        }

        if (pixels.Length == 0 || pixels.Length % widthDots != 0)
        {
            throw new ArgumentException($"The image has {pixels.Length} pixels, not a whole number of rows of {widthDots}.", nameof(pixels));
        }

        var height = pixels.Length / widthDots;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxRasterHeightDots, nameof(pixels));
        var bytesPerRow = (widthDots + 7) / 8;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytesPerRow, ushort.MaxValue, nameof(widthDots));

        var bytes = new byte[8 + (bytesPerRow * height)];
        bytes[0] = (byte)ControlByte.Gs;
        bytes[1] = (byte)'v';
        bytes[2] = (byte)'0';
        bytes[3] = (byte)scale;
        bytes[4] = (byte)(bytesPerRow & 0xFF);
        bytes[5] = (byte)(bytesPerRow >> 8);
        bytes[6] = (byte)(height & 0xFF);
        bytes[7] = (byte)(height >> 8);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < widthDots; x++)
            {
                if (pixels[(y * widthDots) + x])
                {
                    bytes[8 + (y * bytesPerRow) + (x / 8)] |= (byte)(0x80 >> (x % 8));
                }
            }
        }

        return bytes;
    }

    /// <summary>DLE EOT n: asks for one real-time status byte.</summary>
    public static byte[] RealtimeStatus(RealtimeStatusQuery query)
    {
        if (!Enum.IsDefined(query))
        {
            throw new ArgumentOutOfRangeException(nameof(query), query, "DLE EOT n takes n = 1 to 4.");
        }

        return [(byte)ControlByte.Dle, (byte)ControlByte.Eot, (byte)query];
    }

    private static byte[] QrFunctionCommand(QrFunction function, params ReadOnlySpan<byte> parameters)
    {
        var parameterLength = parameters.Length + 2; // cn and fn count too
        byte[] bytes = [(byte)ControlByte.Gs, (byte)'(', (byte)'k', (byte)parameterLength, 0, QrSymbol, (byte)function, .. parameters];
        return bytes;
    }
}
