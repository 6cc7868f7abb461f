using Kiosk.Core.Sms.Encoding;

namespace Kiosk.Core.Tests.Sms.Encoding;

public class Gsm7Tests
{
    [Fact]
    public void Plain_Indonesian_text_fits_and_counts_one_septet_per_character()
    {
        const string text = "Pengaduan Anda diterima. Kode: K7M-2QX9P. Cek status: kirim CEK K7M2QX9P ke nomor ini.";
        Assert.True(Gsm7.Fits(text));
        Assert.Equal(text.Length, Gsm7.SeptetCount(text));
    }

    [Theory]
    [InlineData("€", 2)]
    [InlineData("[", 2)]
    [InlineData("]", 2)]
    [InlineData("{}", 4)]
    [InlineData("~\\^|", 8)]
    [InlineData("\f", 2)]
    [InlineData("a€b", 4)]
    public void Extension_characters_cost_two_septets(string text, int septets)
    {
        Assert.True(Gsm7.Fits(text));
        Assert.Equal(septets, Gsm7.SeptetCount(text));
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("ā")]
    [InlineData("\u201C")]
    [InlineData("日本")]
    [InlineData("\u001B")]
    public void Characters_outside_the_alphabet_do_not_fit(string text) => Assert.False(Gsm7.Fits(text));

    [Fact]
    public void Septet_count_of_a_non_GSM_text_names_the_character()
    {
        var error = Assert.Throws<ArgumentException>(() => Gsm7.SeptetCount("ok 😀"));
        Assert.Contains("U+D83D", error.Message, StringComparison.Ordinal);
        Assert.Contains("index 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Septet_values_follow_the_03_38_table()
    {
        Assert.Equal(new byte[] { 0x00, 0x01, 0x02, 0x41, 0x61, 0x1B, 0x65, 0x1B, 0x3C, 0x7F, 0x10 }, Gsm7.ToSeptets("@£$Aa€[àΔ"));
    }

    [Fact]
    public void Every_alphabet_character_survives_septets_and_back()
    {
        var all = new string([.. Enumerable.Range(0, 128).Where(i => i != 0x1B).Select(i => Gsm7.FromSeptets([(byte)i])[0])])
            + "€[]{}~\\^|\f";
        Assert.Equal(all, Gsm7.FromSeptets(Gsm7.ToSeptets(all)));
    }

    [Fact]
    public void An_escape_before_an_undefined_code_reads_as_the_default_character()
    {
        Assert.Equal("A", Gsm7.FromSeptets([0x1B, 0x41]));
    }

    [Fact]
    public void A_dangling_escape_at_the_end_is_dropped()
    {
        Assert.Equal("ab", Gsm7.FromSeptets([0x61, 0x62, 0x1B]));
    }
}
