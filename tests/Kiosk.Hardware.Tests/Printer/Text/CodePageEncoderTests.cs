using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Text;

namespace Kiosk.Hardware.Tests.Printer.Text;

public class CodePageEncoderTests
{
    [Fact]
    public void Ascii_passes_through_unchanged() =>
        Assert.Equal("Antrian A-017"u8.ToArray(), new CodePageEncoder(PrinterCodePage.Pc437).Encode("Antrian A-017"));

    [Fact]
    public void A_character_the_page_has_is_sent_in_that_page() =>
        Assert.Equal(new byte[] { 0x82 }, new CodePageEncoder(PrinterCodePage.Pc437).Encode("é"));

    [Theory]
    [InlineData(PrinterCodePage.Pc437)]
    [InlineData(PrinterCodePage.Pc858)]
    public void Curly_quotes_dashes_and_ellipsis_become_ascii_where_the_page_lacks_them(PrinterCodePage page) =>
        Assert.Equal("\"Ya\" - 'ok' - tunggu...", new CodePageEncoder(page).Transliterate("“Ya” – ‘ok’ — tunggu…"));

    [Fact]
    public void Wpc1252_keeps_its_own_curly_quotes() =>
        Assert.Equal(new byte[] { 0x93, 0x61, 0x94 }, new CodePageEncoder(PrinterCodePage.Wpc1252).Encode("“a”"));

    [Fact]
    public void Accented_letters_the_page_lacks_lose_their_accent() =>
        Assert.Equal("e c s", new CodePageEncoder(PrinterCodePage.Wpc1252).Transliterate("ě č ş"));

    [Fact]
    public void No_break_space_becomes_a_plain_space() =>
        Assert.Equal("Rp 5.000", new CodePageEncoder(PrinterCodePage.Pc437).Transliterate("Rp\u00A05.000"));

    [Theory]
    [InlineData("\u001B@", "?@")] // an ESC in text must never reach the printer as a command
    [InlineData("a\nb", "a?b")]
    [InlineData("😀", "?")]
    [InlineData("日本", "??")]
    public void Control_characters_and_unknown_characters_become_question_marks(string input, string expected) =>
        Assert.Equal(expected, new CodePageEncoder(PrinterCodePage.Pc858).Transliterate(input));

    [Fact]
    public void Euro_sign_is_native_in_pc858_and_spelled_out_in_pc437()
    {
        Assert.Equal(new byte[] { 0xD5 }, new CodePageEncoder(PrinterCodePage.Pc858).Encode("€"));
        Assert.Equal("EUR"u8.ToArray(), new CodePageEncoder(PrinterCodePage.Pc437).Encode("€"));
    }

    [Theory]
    [InlineData(PrinterCodePage.Pc437)]
    [InlineData(PrinterCodePage.Pc850)]
    [InlineData(PrinterCodePage.Pc858)]
    [InlineData(PrinterCodePage.Wpc1252)]
    public void No_unicode_character_produces_a_control_byte(PrinterCodePage page)
    {
        var encoder = new CodePageEncoder(page);
        var everything = string.Concat(Enumerable.Range(0, 0x3000).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => (char)c));
        Assert.DoesNotContain(encoder.Encode(everything), b => b < 0x20 || b == 0x7F);
    }
}
