using System.Collections;
using Kiosk.Hardware.Printer.Text;

namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>
/// Composes one print job from <see cref="EscPosCommands"/>: it starts with ESC @ and ESC t, keeps
/// track of the character width so text wraps to the right column count, and encodes text through
/// the <see cref="CodePageEncoder"/> so no unprintable byte is ever sent.
/// </summary>
public sealed class EscPosDocument
{
    private readonly List<byte> _bytes = [];
    private readonly CodePageEncoder _encoder;
    private int _widthMultiplier = 1;

    public EscPosDocument(PaperWidth paperWidth, PrinterCodePage codePage)
    {
        PaperWidth = paperWidth;
        _ = paperWidth.Dots(); // rejects values outside the enum
        _encoder = new CodePageEncoder(codePage);
        Append(EscPosCommands.Initialize());
        Append(EscPosCommands.SelectCodePage(codePage));
    }

    public PaperWidth PaperWidth { get; }

    /// <summary>Columns available at the current character width.</summary>
    public int Columns => PaperWidth.Columns(_widthMultiplier);

    public EscPosDocument Align(Justification justification) => Append(EscPosCommands.Align(justification));

    public EscPosDocument Bold(bool on) => Append(EscPosCommands.Emphasis(on));

    public EscPosDocument Size(int width, int height)
    {
        Append(EscPosCommands.CharacterSize(width, height));
        _widthMultiplier = width;
        return this;
    }

    /// <summary>Prints <paramref name="text"/> as one or more lines, wrapped to <see cref="Columns"/>.</summary>
    public EscPosDocument Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n').Select(_encoder.Transliterate))
        {
            var lines = paragraph.Length <= Columns ? [paragraph] : TextWrapper.Wrap(paragraph, Columns);
            foreach (var line in lines)
            {
                Append(_encoder.Encode(line));
                Append(EscPosCommands.LineFeed());
            }
        }

        return this;
    }

    /// <summary>An empty line.</summary>
    public EscPosDocument Line() => Append(EscPosCommands.LineFeed());

    /// <summary>A full-width line of <paramref name="character"/>.</summary>
    public EscPosDocument Rule(char character = '-') => Line(new string(character, Columns));

    /// <summary>Bytes sent as they are (a code page sample); control bytes are replaced by '?'.</summary>
    public EscPosDocument RawCharacters(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            _bytes.Add(b < 0x20 || b == 0x7F ? (byte)'?' : b);
        }

        return Append(EscPosCommands.LineFeed());
    }

    public EscPosDocument Feed(int lines) => Append(EscPosCommands.FeedLines(lines));

    public EscPosDocument Qr(string text, int moduleSize, QrErrorCorrection level) =>
        Append(EscPosCommands.QrCode(_encoder.Encode(text), moduleSize, level));

    public EscPosDocument Raster(BitArray pixels, int widthDots) => Append(EscPosCommands.RasterImage(pixels, widthDots));

    public EscPosDocument Cut() => Append(EscPosCommands.PartialCut());

    public byte[] ToArray() => [.. _bytes];

    private EscPosDocument Append(byte[] command)
    {
        _bytes.AddRange(command);
        return this;
    }
}
