using System.Globalization;
using Kiosk.Hardware.Printer.EscPos;
using QRCoder;

namespace Kiosk.Hardware.Printer.Virtual;

/// <summary>
/// Walks an ESC/POS byte stream, keeps the printer's modes (code page, justification, emphasis,
/// character size, QR settings) and prints onto a <see cref="PaperCanvas"/>.
/// </summary>
internal sealed class EscPosInterpreter
{
    private const int DefaultQrModuleSize = 3;
    private const int QrQuietZoneModules = 4; // QRCoder adds it; a printer draws the symbol without it

    private readonly PaperCanvas _canvas;
    private readonly List<string> _notes = [];
    private char[] _characters = CharacterTable(PrinterCodePage.Pc437);
    private PrinterCodePage _codePage;
    private bool _bold;
    private int _width = 1;
    private int _height = 1;
    private int _qrModuleSize = DefaultQrModuleSize;
    private QrErrorCorrection _qrLevel = QrErrorCorrection.L;
    private byte[] _qrData = [];

    public EscPosInterpreter(PaperCanvas canvas) => _canvas = canvas;

    public Justification Justification { get; private set; }

    public IReadOnlyList<string> Notes => _notes;

    public void Run(ReadOnlySpan<byte> job)
    {
        var i = 0;
        while (i < job.Length)
        {
            var consumed = Step(job[i..], i);
            if (consumed == 0)
            {
                Note(i, $"truncated command 0x{job[i]:X2} at the end of the job");
                return;
            }

            i += consumed;
        }
    }

    /// <summary>Executes the command at the start of <paramref name="b"/>; returns the bytes used, 0 if cut short.</summary>
    private int Step(ReadOnlySpan<byte> b, int offset)
    {
        switch (b[0])
        {
            case (byte)ControlByte.Lf:
                _canvas.PrintLine(Justification);
                return 1;
            case (byte)'\r':
                return 1; // CR is ignored while auto line feed is off, as on the printers we support
            case (byte)ControlByte.Esc:
                return b.Length < 2 ? 0 : Escape(b, offset);
            case (byte)ControlByte.Gs:
                return b.Length < 2 ? 0 : GroupSeparator(b, offset);
            case (byte)ControlByte.Dle:
                if (b.Length < 3)
                {
                    return 0;
                }

                Note(offset, $"real-time command DLE 0x{b[1]:X2} {b[2]} ignored in a print job");
                return 3;
            case < 0x20 or 0x7F:
                Note(offset, $"control byte 0x{b[0]:X2} skipped");
                return 1;
            default:
                _canvas.AddCharacter(_characters[b[0]], _width, _height, _bold, Justification);
                return 1;
        }
    }

    private int Escape(ReadOnlySpan<byte> b, int offset)
    {
        switch ((char)b[1])
        {
            case '@':
                Reset();
                return 2;
            case '2':
                _canvas.LineSpacing = PaperCanvas.DefaultLineSpacing;
                return 2;
        }

        if (b.Length < 3)
        {
            return 0;
        }

        var n = b[2];
        switch ((char)b[1])
        {
            case 't':
                SelectCodePage(n, offset);
                break;
            case 'a':
                Justification = (n % 48) switch { 1 => Justification.Center, 2 => Justification.Right, _ => Justification.Left };
                break;
            case 'E':
                _bold = (n & 1) == 1;
                break;
            case 'd':
                _canvas.FeedLines(n, Justification);
                break;
            case 'J':
                _canvas.FeedDots(n, Justification);
                break;
            case '3':
                _canvas.LineSpacing = n;
                break;
            case '!':
                _bold = (n & 0x08) != 0;
                _height = (n & 0x10) != 0 ? 2 : 1;
                _width = (n & 0x20) != 0 ? 2 : 1;
                break;
            case '-' or 'M' or 'G' or 'V' or '{' or 'R' or 'c' or 'p' or 'r' or 'U':
                Note(offset, $"ESC {(char)b[1]} {n} not drawn by the virtual printer");
                break;
            default:
                Note(offset, $"unknown command ESC 0x{b[1]:X2} skipped");
                return 2;
        }

        return 3;
    }

    private int GroupSeparator(ReadOnlySpan<byte> b, int offset)
    {
        switch ((char)b[1])
        {
            case '(':
                return ParameterBlock(b, offset);
            case 'v':
                return RasterImage(b, offset);
            case 'V':
                return Cut(b);
        }

        if (b.Length < 3)
        {
            return 0;
        }

        var n = b[2];
        switch ((char)b[1])
        {
            case '!':
                _width = ((n >> 4) & 0x07) + 1;
                _height = (n & 0x07) + 1;
                return 3;
            case 'B' or 'H' or 'h' or 'w' or 'f' or 'b':
                Note(offset, $"GS {(char)b[1]} {n} not drawn by the virtual printer");
                return 3;
            case 'L' or 'W':
                if (b.Length < 4)
                {
                    return 0;
                }

                Note(offset, $"GS {(char)b[1]} not drawn by the virtual printer");
                return 4;
            default:
                Note(offset, $"unknown command GS 0x{b[1]:X2} skipped");
                return 2;
        }
    }

    private int Cut(ReadOnlySpan<byte> b)
    {
        if (b.Length < 3)
        {
            return 0;
        }

        var takesFeed = b[2] is 65 or 66 or 97 or 98 or 103 or 104;
        if (takesFeed && b.Length < 4)
        {
            return 0;
        }

        _canvas.Cut(Justification);
        return takesFeed ? 4 : 3;
    }

    /// <summary>GS ( x pL pH ...: every such command says its own length, so unknown ones are skipped exactly.</summary>
    private int ParameterBlock(ReadOnlySpan<byte> b, int offset)
    {
        if (b.Length < 5)
        {
            return 0;
        }

        var length = b[3] | (b[4] << 8);
        if (b.Length < 5 + length)
        {
            return 0;
        }

        var parameters = b.Slice(5, length);
        if (b[2] == 'k' && length >= 2 && parameters[0] == 49)
        {
            QrCommand(parameters[1], parameters[2..], offset);
        }
        else
        {
            Note(offset, $"GS ( 0x{b[2]:X2} with {length} parameter bytes skipped");
        }

        return 5 + length;
    }

    private void QrCommand(byte function, ReadOnlySpan<byte> arguments, int offset)
    {
        switch ((QrFunction)function)
        {
            case QrFunction.SelectModel:
                if (arguments.Length < 1 || arguments[0] != 50)
                {
                    Note(offset, "QR model other than 2 requested; drawing model 2");
                }

                break;
            case QrFunction.ModuleSize when arguments.Length >= 1 && arguments[0] is >= 1 and <= 16:
                _qrModuleSize = arguments[0];
                break;
            case QrFunction.ErrorCorrection when arguments.Length >= 1 && Enum.IsDefined((QrErrorCorrection)arguments[0]):
                _qrLevel = (QrErrorCorrection)arguments[0];
                break;
            case QrFunction.Store when arguments.Length >= 1:
                _qrData = arguments[1..].ToArray();
                break;
            case QrFunction.Print:
                PrintQr(offset);
                break;
            default:
                Note(offset, $"QR function {function} with invalid or unsupported arguments skipped");
                break;
        }
    }

    private void PrintQr(int offset)
    {
        if (_qrData.Length == 0)
        {
            Note(offset, "QR print without stored data skipped");
            return;
        }

        var text = new string([.. _qrData.Select(d => _characters[d])]);
        QRCodeData symbol;
        try
        {
            using var generator = new QRCodeGenerator();
            symbol = generator.CreateQrCode(text, Level(_qrLevel));
        }
        catch (QRCoder.Exceptions.DataTooLongException ex)
        {
            Note(offset, $"QR data does not fit a symbol: {ex.Message}");
            return;
        }

        using (symbol)
        {
            var size = symbol.ModuleMatrix.Count - (2 * QrQuietZoneModules);
            var dots = new bool[size, size];
            for (var y = 0; y < size; y++)
            {
                for (var x = 0; x < size; x++)
                {
                    dots[y, x] = symbol.ModuleMatrix[y + QrQuietZoneModules][x + QrQuietZoneModules];
                }
            }

            _canvas.PrintImage(dots, _qrModuleSize, _qrModuleSize, Justification);
        }
    }

    private int RasterImage(ReadOnlySpan<byte> b, int offset)
    {
        if (b.Length < 8)
        {
            return 0;
        }

        if (b[2] is not ((byte)'0' or 0))
        {
            Note(offset, $"GS v 0x{b[2]:X2} is not a raster image command; skipped");
            return 3;
        }

        var mode = b[3] % 48;
        var bytesPerRow = b[4] | (b[5] << 8);
        var height = b[6] | (b[7] << 8);
        var length = bytesPerRow * height;
        if (b.Length < 8 + length)
        {
            return 0;
        }

        var data = b.Slice(8, length);
        var dots = new bool[height, bytesPerRow * 8];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < bytesPerRow * 8; x++)
            {
                dots[y, x] = (data[(y * bytesPerRow) + (x / 8)] & (0x80 >> (x % 8))) != 0;
            }
        }

        var scaleX = mode is 1 or 3 ? 2 : 1;
        var scaleY = mode is 2 or 3 ? 2 : 1;
        if (bytesPerRow * 8 * scaleX > _canvas.WidthDots)
        {
            Note(offset, $"raster image {bytesPerRow * 8 * scaleX} dots wide is cut at the paper's {_canvas.WidthDots} dots");
        }

        _canvas.PrintImage(dots, scaleX, scaleY, Justification);
        return 8 + length;
    }

    private void SelectCodePage(byte n, int offset)
    {
        if (!Enum.IsDefined((PrinterCodePage)n))
        {
            Note(offset, $"code page ESC t {n} is not supported; keeping {_codePage}");
            return;
        }

        _codePage = (PrinterCodePage)n;
        _characters = CharacterTable(_codePage);
    }

    private void Reset()
    {
        _canvas.DiscardPendingText();
        _canvas.LineSpacing = PaperCanvas.DefaultLineSpacing;
        _codePage = PrinterCodePage.Pc437;
        _characters = CharacterTable(_codePage);
        Justification = Justification.Left;
        _bold = false;
        _width = 1;
        _height = 1;
        _qrModuleSize = DefaultQrModuleSize;
        _qrLevel = QrErrorCorrection.L;
        _qrData = [];
    }

    private void Note(int offset, string message) => _notes.Add(string.Create(CultureInfo.InvariantCulture, $"byte {offset}: {message}"));

    private static QRCodeGenerator.ECCLevel Level(QrErrorCorrection level) => level switch
    {
        QrErrorCorrection.M => QRCodeGenerator.ECCLevel.M,
        QrErrorCorrection.Q => QRCodeGenerator.ECCLevel.Q,
        QrErrorCorrection.H => QRCodeGenerator.ECCLevel.H,
        _ => QRCodeGenerator.ECCLevel.L,
    };

    private static char[] CharacterTable(PrinterCodePage page)
    {
        var encoding = page.StrictEncoding();
        return [.. Enumerable.Range(0, 256).Select(b => encoding.GetChars([(byte)b])[0])];
    }
}
