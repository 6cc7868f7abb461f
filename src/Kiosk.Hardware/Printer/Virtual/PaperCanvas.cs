using Kiosk.Hardware.Printer.EscPos;
using SkiaSharp;

namespace Kiosk.Hardware.Printer.Virtual;

/// <summary>
/// An endless strip of thermal paper: the interpreter prints lines, symbols and images on it and
/// the strip grows downwards. Drawing is recorded and replayed once the height is known, without
/// anti-aliasing so the PNG looks like 1-bit thermal output.
/// </summary>
internal sealed class PaperCanvas
{
    public const int DefaultLineSpacing = 30; // ESC 2: about 1/6 inch at 203 dpi
    private const float GlyphTextSize = 20f; // DejaVu Sans Mono: 0.602 em advance = 12 dots, ascent + descent = 24 dots
    private const float GlyphBaseline = 19f;
    private const int CutMargin = 24;

    private readonly List<Action<SKCanvas>> _drawing = [];
    private readonly List<Glyph> _line = [];
    private int _y;

    public PaperCanvas(int widthDots) => WidthDots = widthDots;

    public int WidthDots { get; }

    public int Cuts { get; private set; }

    public int LineSpacing { get; set; } = DefaultLineSpacing;

    public bool HasPendingText => _line.Count > 0;

    /// <summary>Adds a character to the line buffer; a full line prints first, as a real printer wraps.</summary>
    public void AddCharacter(char character, int width, int height, bool bold, Justification justification)
    {
        if (LineWidth() + (PaperWidthExtensions.FontAWidthDots * width) > WidthDots)
        {
            PrintLine(justification);
        }

        _line.Add(new Glyph(character, width, height, bold));
    }

    /// <summary>LF: prints the line buffer and feeds one line.</summary>
    public void PrintLine(Justification justification)
    {
        var height = _line.Count == 0 ? 0 : _line.Max(g => g.Height * PaperWidthExtensions.FontAHeightDots);
        if (_line.Count > 0)
        {
            var x = Offset(LineWidth(), justification);
            var top = _y;
            foreach (var glyph in _line.ToArray())
            {
                var cellTop = top + height - (glyph.Height * PaperWidthExtensions.FontAHeightDots);
                var cellX = x;
                _drawing.Add(canvas => DrawGlyph(canvas, glyph, cellX, cellTop));
                x += glyph.Width * PaperWidthExtensions.FontAWidthDots;
            }

            _line.Clear();
        }

        _y += Math.Max(LineSpacing, height);
    }

    /// <summary>Prints any pending text and feeds <paramref name="lines"/> lines in all (ESC d n).</summary>
    public void FeedLines(int lines, Justification justification)
    {
        var remaining = lines;
        if (HasPendingText)
        {
            PrintLine(justification);
            remaining--;
        }

        _y += Math.Max(0, remaining) * LineSpacing;
    }

    /// <summary>Prints pending text (without the feed of a LF) so a graphic starts on a fresh line.</summary>
    public void EndTextLine(Justification justification)
    {
        if (HasPendingText)
        {
            PrintLine(justification);
        }
    }

    /// <summary>ESC J n: prints pending text and feeds n dots.</summary>
    public void FeedDots(int dots, Justification justification)
    {
        EndTextLine(justification);
        _y += dots;
    }

    /// <summary>ESC @ clears the line buffer without printing it.</summary>
    public void DiscardPendingText() => _line.Clear();

    /// <summary>A black and white image; <paramref name="dots"/>[y, x] true = black, each dot scaled.</summary>
    public void PrintImage(bool[,] dots, int scaleX, int scaleY, Justification justification)
    {
        EndTextLine(justification);
        var height = dots.GetLength(0);
        var width = dots.GetLength(1);
        var left = Offset(width * scaleX, justification);
        var top = _y;
        _drawing.Add(canvas =>
        {
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    if (dots[y, x])
                    {
                        canvas.DrawRect(left + (x * scaleX), top + (y * scaleY), scaleX, scaleY, paint);
                    }
                }
            }
        });
        _y += height * scaleY;
    }

    /// <summary>Feeds to the cutter and marks the cut with a dashed line.</summary>
    public void Cut(Justification justification)
    {
        EndTextLine(justification);
        _y += CutMargin;
        var y = _y;
        _drawing.Add(canvas =>
        {
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false, StrokeWidth = 1 };
            for (var x = 0; x < WidthDots; x += 12)
            {
                canvas.DrawLine(x, y, x + 6, y, paint);
            }
        });
        _y += CutMargin;
        Cuts++;
    }

    public (byte[] Png, int Height) ToPng(Justification justification)
    {
        EndTextLine(justification);
        var height = Math.Max(_y, 1);
        using var bitmap = new SKBitmap(new SKImageInfo(WidthDots, height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            foreach (var draw in _drawing)
            {
                draw(canvas);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return (data.ToArray(), height);
    }

    private int LineWidth() => _line.Sum(g => g.Width * PaperWidthExtensions.FontAWidthDots);

    private int Offset(int contentWidth, Justification justification) => justification switch
    {
        Justification.Center => Math.Max(0, (WidthDots - contentWidth) / 2),
        Justification.Right => Math.Max(0, WidthDots - contentWidth),
        _ => 0,
    };

    private static void DrawGlyph(SKCanvas canvas, Glyph glyph, int x, int top)
    {
        using var font = new SKFont(glyph.Bold ? VirtualPrinterFonts.Bold : VirtualPrinterFonts.Regular, GlyphTextSize)
        {
            Edging = SKFontEdging.Alias,
            Hinting = SKFontHinting.Full,
        };
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        canvas.Save();
        canvas.Translate(x, top);
        canvas.Scale(glyph.Width, glyph.Height);
        canvas.DrawText(glyph.Character.ToString(), 0, GlyphBaseline, SKTextAlign.Left, font, paint);
        canvas.Restore();
    }

    private readonly record struct Glyph(char Character, int Width, int Height, bool Bold);
}
