using System.Globalization;
using Kiosk.Hardware.Printer.EscPos;

namespace Kiosk.Hardware.Printer.Layouts;

/// <summary>The technician's test page: device facts, a code page sample, a QR, a raster image, every size.</summary>
public static class TestPageLayout
{
    /// <summary>What the test page's QR code says, so a technician's phone (or a test) can check it.</summary>
    public static string QrText(TestPagePrint page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return $"KIOSK {page.SiteCode} {page.AppVersion}";
    }

    public static byte[] Render(TestPagePrint page, PaperWidth width, PrinterCodePage codePage = PrinterCodePage.Pc437)
    {
        ArgumentNullException.ThrowIfNull(page);
        LayoutParts.Require(page.OfficeName, nameof(page.OfficeName));
        LayoutParts.Require(page.SiteCode, nameof(page.SiteCode));
        LayoutParts.Require(page.AppVersion, nameof(page.AppVersion));

        var columns = width.Columns();
        var document = new EscPosDocument(width, codePage).Align(Justification.Center)
            .Bold(true).Size(2, 2).Line("TES PRINTER").Size(1, 1).Line(page.OfficeName).Bold(false)
            .DateTime(page.PrintedAtLocal, page.Zone)
            .Rule()
            .Align(Justification.Left)
            .Line($"Kode lokasi : {page.SiteCode}")
            .Line($"Aplikasi    : {page.AppVersion}")
            .Line($"Firmware    : {page.FirmwareVersion}")
            .Line(string.Create(CultureInfo.InvariantCulture, $"Kertas      : {(width == PaperWidth.Mm58 ? 58 : 80)} mm, {width.Dots()} titik"))
            .Line(string.Create(CultureInfo.InvariantCulture, $"Kolom       : {columns}"))
            .Line(string.Create(CultureInfo.InvariantCulture, $"Code page   : {codePage} (ESC t {(byte)codePage})"))
            .Line(string.Concat(Enumerable.Range(1, columns).Select(i => (char)('0' + (i % 10)))))
            .Rule()
            .Line("Contoh code page 0x80-0xFF:");
        for (var row = 0x80; row < 0x100; row += 0x10)
        {
            byte[] line = [.. "  "u8, .. Enumerable.Range(row, 16).Select(b => (byte)b)];
            line[0] = (byte)"0123456789ABCDEF"[row >> 4];
            line[1] = (byte)'x';
            document.RawCharacters(line);
        }

        document.Line("Alih aksara: “kutip” – é ñ ü € …")
            .Rule()
            .Bold(true).Line("Tebal (ESC E 1)").Bold(false)
            .Align(Justification.Center).Line("Tengah (ESC a 1)")
            .Align(Justification.Right).Line("Kanan (ESC a 2)")
            .Align(Justification.Left).Line("Ukuran huruf (GS !):");
        for (var size = 1; size <= 8; size++)
        {
            document.Size(size, size).Line(string.Create(CultureInfo.InvariantCulture, $"{size}x"));
        }

        document.Size(2, 1).Line("Lebar 2x1").Size(1, 2).Line("Tinggi 1x2").Size(1, 1)
            .Rule()
            .Align(Justification.Center)
            .Line("Gambar raster (GS v 0):")
            .Raster(TestPattern.Create(), TestPattern.WidthDots)
            .Line()
            .Line("QR (GS ( k):")
            .Qr(QrText(page), LayoutParts.QrModuleSize(width), LayoutParts.QrLevel)
            .Line()
            .Line("Selesai. Potong di bawah.");
        return document.FeedAndCut();
    }
}
