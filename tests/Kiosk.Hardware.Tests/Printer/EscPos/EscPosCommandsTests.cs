using System.Collections;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.EscPos;

namespace Kiosk.Hardware.Tests.Printer.EscPos;

// Expected bytes are written out from the Epson ESC/POS command reference, command by command.
public class EscPosCommandsTests
{
    [Fact]
    public void Initialize_is_ESC_at() => Assert.Equal(new byte[] { 0x1B, 0x40 }, EscPosCommands.Initialize());

    [Theory]
    [InlineData(PrinterCodePage.Pc437, 0)]
    [InlineData(PrinterCodePage.Pc850, 2)]
    [InlineData(PrinterCodePage.Wpc1252, 16)]
    [InlineData(PrinterCodePage.Pc858, 19)]
    public void Code_page_is_ESC_t_with_the_table_number(PrinterCodePage page, byte n) =>
        Assert.Equal(new byte[] { 0x1B, 0x74, n }, EscPosCommands.SelectCodePage(page));

    [Fact]
    public void An_unknown_code_page_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EscPosCommands.SelectCodePage((PrinterCodePage)7));

    [Theory]
    [InlineData(Justification.Left, 0)]
    [InlineData(Justification.Center, 1)]
    [InlineData(Justification.Right, 2)]
    public void Alignment_is_ESC_a_n(Justification justification, byte n) =>
        Assert.Equal(new byte[] { 0x1B, 0x61, n }, EscPosCommands.Align(justification));

    [Fact]
    public void Emphasis_is_ESC_E_one_or_zero()
    {
        Assert.Equal(new byte[] { 0x1B, 0x45, 0x01 }, EscPosCommands.Emphasis(true));
        Assert.Equal(new byte[] { 0x1B, 0x45, 0x00 }, EscPosCommands.Emphasis(false));
    }

    [Theory]
    [InlineData(1, 1, 0x00)]
    [InlineData(2, 2, 0x11)]
    [InlineData(2, 1, 0x10)]
    [InlineData(1, 2, 0x01)]
    [InlineData(4, 4, 0x33)]
    [InlineData(8, 8, 0x77)]
    public void Character_size_puts_width_in_the_high_nibble_and_height_in_the_low(int width, int height, byte n) =>
        Assert.Equal(new byte[] { 0x1D, 0x21, n }, EscPosCommands.CharacterSize(width, height));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(9, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 9)]
    public void Character_size_outside_1_to_8_is_rejected(int width, int height) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EscPosCommands.CharacterSize(width, height));

    [Fact]
    public void Feed_lines_is_ESC_d_n()
    {
        Assert.Equal(new byte[] { 0x1B, 0x64, 0x04 }, EscPosCommands.FeedLines(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => EscPosCommands.FeedLines(256));
        Assert.Throws<ArgumentOutOfRangeException>(() => EscPosCommands.FeedLines(-1));
    }

    [Fact]
    public void Partial_cut_feeds_to_the_cutter_with_GS_V_66_0() =>
        Assert.Equal(new byte[] { 0x1D, 0x56, 0x42, 0x00 }, EscPosCommands.PartialCut());

    [Fact]
    public void Qr_select_model_2_is_function_65() =>
        Assert.Equal(new byte[] { 0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00 }, EscPosCommands.QrSelectModel2());

    [Fact]
    public void Qr_module_size_is_function_67_and_takes_1_to_16()
    {
        Assert.Equal(new byte[] { 0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x06 }, EscPosCommands.QrModuleSize(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => EscPosCommands.QrModuleSize(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => EscPosCommands.QrModuleSize(17));
    }

    [Theory]
    [InlineData(QrErrorCorrection.L, 0x30)]
    [InlineData(QrErrorCorrection.M, 0x31)]
    [InlineData(QrErrorCorrection.Q, 0x32)]
    [InlineData(QrErrorCorrection.H, 0x33)]
    public void Qr_error_correction_is_function_69_with_48_to_51(QrErrorCorrection level, byte n) =>
        Assert.Equal(new byte[] { 0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, n }, EscPosCommands.QrErrorCorrectionLevel(level));

    [Fact]
    public void Qr_store_is_function_80_with_length_plus_3()
    {
        Assert.Equal(
            new byte[] { 0x1D, 0x28, 0x6B, 0x08, 0x00, 0x31, 0x50, 0x30, (byte)'A', (byte)'-', (byte)'0', (byte)'1', (byte)'7' },
            EscPosCommands.QrStore("A-017"u8));
    }

    [Fact]
    public void Qr_store_length_above_255_uses_the_high_byte()
    {
        var bytes = EscPosCommands.QrStore(new byte[300]);
        Assert.Equal(0x2F, bytes[3]); // 303 = 0x012F
        Assert.Equal(0x01, bytes[4]);
        Assert.Equal(308, bytes.Length);
    }

    [Fact]
    public void Qr_store_rejects_empty_and_oversized_data()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EscPosCommands.QrStore([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => EscPosCommands.QrStore(new byte[7090]));
    }

    [Fact]
    public void Qr_print_is_function_81() =>
        Assert.Equal(new byte[] { 0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30 }, EscPosCommands.QrPrint());

    [Fact]
    public void Qr_code_is_model_size_level_store_print_in_that_order()
    {
        byte[] expected =
        [
            .. EscPosCommands.QrSelectModel2(), .. EscPosCommands.QrModuleSize(5),
            .. EscPosCommands.QrErrorCorrectionLevel(QrErrorCorrection.M), .. EscPosCommands.QrStore("X"u8),
            .. EscPosCommands.QrPrint(),
        ];
        Assert.Equal(expected, EscPosCommands.QrCode("X"u8, 5, QrErrorCorrection.M));
    }

    [Fact]
    public void Raster_image_packs_rows_msb_first_and_pads_to_whole_bytes()
    {
        // 10 x 2 image: row 0 has dots 0 and 9, row 1 has dot 7.
        var pixels = new BitArray(20);
        pixels[0] = true;
        pixels[9] = true;
        pixels[10 + 7] = true;
        Assert.Equal(
            new byte[] { 0x1D, 0x76, 0x30, 0x00, 0x02, 0x00, 0x02, 0x00, 0x80, 0x40, 0x01, 0x00 },
            EscPosCommands.RasterImage(pixels, 10));
    }

    [Fact]
    public void Raster_image_rejects_a_partial_last_row() =>
        Assert.Throws<ArgumentException>(() => EscPosCommands.RasterImage(new BitArray(15), 10));

    [Theory]
    [InlineData(RealtimeStatusQuery.Printer, 1)]
    [InlineData(RealtimeStatusQuery.OfflineCause, 2)]
    [InlineData(RealtimeStatusQuery.ErrorCause, 3)]
    [InlineData(RealtimeStatusQuery.RollPaperSensor, 4)]
    public void Realtime_status_is_DLE_EOT_n(RealtimeStatusQuery query, byte n) =>
        Assert.Equal(new byte[] { 0x10, 0x04, n }, EscPosCommands.RealtimeStatus(query));

    [Fact]
    public void Realtime_status_outside_1_to_4_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EscPosCommands.RealtimeStatus((RealtimeStatusQuery)5));
}
