using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.EscPos;
using Kiosk.Hardware.Printer.Layouts;
using Kiosk.Hardware.Printer.Virtual;
using Kiosk.Hardware.Tests.Printer.Layouts;
using SkiaSharp;

namespace Kiosk.Hardware.Tests.Printer.Virtual;

public class VirtualPrinterTests
{
    public static TheoryData<PaperWidth> Widths => new(PaperWidth.Mm58, PaperWidth.Mm80);

    [Theory]
    [MemberData(nameof(Widths))]
    public void Queue_ticket_png_has_a_qr_that_zbarimg_reads_as_the_ticket_code(PaperWidth width)
    {
        var printout = VirtualPrinter.Render(QueueTicketLayout.Render(SampleInputs.Ticket(priority: true), width), width);
        var path = Png.Save(printout.Png, $"queue-ticket-{GoldenLayoutTests.Suffix(width)}.png");
        Assert.Equal(["A-017"], Zbar.Decode(path));
        Assert.Empty(printout.Notes);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Complaint_receipt_png_has_a_qr_that_zbarimg_reads_as_the_tracking_code(PaperWidth width)
    {
        var printout = VirtualPrinter.Render(ComplaintReceiptLayout.Render(SampleInputs.Complaint(), width), width);
        var path = Png.Save(printout.Png, $"complaint-receipt-{GoldenLayoutTests.Suffix(width)}.png");
        Assert.Equal(["K7M2-9QXD-3"], Zbar.Decode(path));
        Assert.Empty(printout.Notes);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Test_page_png_has_a_qr_that_zbarimg_reads(PaperWidth width)
    {
        var page = SampleInputs.TestPage();
        var printout = VirtualPrinter.Render(TestPageLayout.Render(page, width, PrinterCodePage.Pc858), width);
        var path = Png.Save(printout.Png, $"test-page-{GoldenLayoutTests.Suffix(width)}.png");
        Assert.Equal([TestPageLayout.QrText(page)], Zbar.Decode(path));
        Assert.Empty(printout.Notes);
    }

    [Theory]
    [InlineData(PaperWidth.Mm58, 384)]
    [InlineData(PaperWidth.Mm80, 576)]
    public void Png_is_as_wide_as_the_paper_in_dots(PaperWidth width, int dots)
    {
        var printout = VirtualPrinter.Render(QueueTicketLayout.Render(SampleInputs.Ticket(), width), width);
        var (pngWidth, pngHeight) = Png.Size(printout.Png);
        Assert.Equal(dots, pngWidth);
        Assert.Equal(dots, printout.WidthDots);
        Assert.Equal(printout.HeightDots, pngHeight);
        Assert.Equal(1, printout.Cuts);
    }

    [Fact]
    public void Qr_follows_the_stored_module_size()
    {
        static int Height(int moduleSize) => VirtualPrinter.Render(
            [.. EscPosCommands.Initialize(), .. EscPosCommands.QrCode("A-017"u8, moduleSize, QrErrorCorrection.L)], PaperWidth.Mm58).HeightDots;

        Assert.Equal(21 * 4, Height(4)); // version 1 is 21 modules
        Assert.Equal(21 * 8, Height(8));
    }

    [Fact]
    public void Unknown_commands_are_skipped_and_noted_and_the_text_after_them_still_prints()
    {
        byte[] job = [.. EscPosCommands.Initialize(), 0x1B, 0x99, 0x1D, 0x28, 0x4C, 0x02, 0x00, 0x30, 0x45, 0x07, .. "Halo\n"u8];
        var printout = VirtualPrinter.Render(job, PaperWidth.Mm58);
        Assert.Equal(3, printout.Notes.Count);
        Assert.Contains("ESC 0x99", printout.Notes[0], StringComparison.Ordinal);
        Assert.Contains("GS ( 0x4C", printout.Notes[1], StringComparison.Ordinal);
        Assert.Contains("0x07", printout.Notes[2], StringComparison.Ordinal);
        Assert.Equal(PaperCanvas.DefaultLineSpacing, printout.HeightDots);
    }

    [Fact]
    public void A_command_cut_short_at_the_end_is_noted()
    {
        byte[] job = [.. "Halo\n"u8, 0x1D, 0x28, 0x6B, 0x08, 0x00, 0x31];
        var printout = VirtualPrinter.Render(job, PaperWidth.Mm58);
        Assert.Contains(printout.Notes, n => n.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void Random_bytes_never_crash_the_virtual_printer()
    {
        var random = new Random(1234);
        for (var run = 0; run < 200; run++)
        {
            var job = new byte[random.Next(0, 400)];
            random.NextBytes(job);
            var printout = VirtualPrinter.Render(job, PaperWidth.Mm58);
            Assert.Equal(384, printout.WidthDots);
        }
    }

    [Fact]
    public void Quadruple_size_text_is_four_lines_tall()
    {
        byte[] job = [.. EscPosCommands.CharacterSize(4, 4), .. "A-017\n"u8];
        Assert.Equal(96, VirtualPrinter.Render(job, PaperWidth.Mm58).HeightDots);
    }

    [Fact]
    public void Rendered_png_is_pure_black_and_white_like_thermal_paper()
    {
        var printout = VirtualPrinter.Render(TestPageLayout.Render(SampleInputs.TestPage(), PaperWidth.Mm58), PaperWidth.Mm58);
        using var bitmap = SKBitmap.Decode(printout.Png);
        var shades = bitmap.Pixels.Select(p => p.Red).Distinct().Order().ToArray();
        Assert.Equal(new byte[] { 0, 255 }, shades);
    }
}
