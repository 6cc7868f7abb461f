using System.Text;

namespace Kiosk.Hardware.Printer;

public static class PrinterCodePageExtensions
{
    static PrinterCodePageExtensions() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The Windows/IBM code page number of the table.</summary>
    public static int WindowsCodePage(this PrinterCodePage page) => page switch
    {
        PrinterCodePage.Pc437 => 437,
        PrinterCodePage.Pc850 => 850,
        PrinterCodePage.Wpc1252 => 1252,
        PrinterCodePage.Pc858 => 858,
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, "Unsupported printer code page."),
    };

    /// <summary>An encoding for the table that throws on characters it cannot encode or decode.</summary>
    public static Encoding StrictEncoding(this PrinterCodePage page) =>
        Encoding.GetEncoding(page.WindowsCodePage(), EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
}
