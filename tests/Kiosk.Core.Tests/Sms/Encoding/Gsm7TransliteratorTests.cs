using Kiosk.Core.Sms.Encoding;

namespace Kiosk.Core.Tests.Sms.Encoding;

public class Gsm7TransliteratorTests
{
    [Theory]
    [InlineData("\u201CSelesai\u201D", "\"Selesai\"")]
    [InlineData("Jum\u2019at", "Jum'at")]
    [InlineData("08.00\u201316.00", "08.00-16.00")]
    [InlineData("Tunggu\u2026", "Tunggu...")]
    [InlineData("Rp\u00A05.000", "Rp 5.000")]
    [InlineData("kantor \u2014 loket 2", "kantor - loket 2")]
    [InlineData("Tāmān", "Taman")]
    [InlineData("José Gómez", "José Gomez")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Œuvre", "OEuvre")]
    public void Typographic_and_accented_characters_become_their_GSM_look_alikes(string input, string expected)
    {
        var result = Gsm7Transliterator.Transliterate(input);
        Assert.Equal(expected, result);
        Assert.True(Gsm7.Fits(result));
    }

    [Fact]
    public void Characters_already_in_the_alphabet_are_kept_as_they_are()
    {
        const string text = "Müller Ñoño å é ß €[]";
        Assert.Same(text, Gsm7Transliterator.Transliterate(text));
    }

    [Theory]
    [InlineData("Terima kasih 🙏")]
    [InlineData("税务")]
    [InlineData("شكرا")]
    public void Characters_without_a_faithful_replacement_are_left_alone(string text)
    {
        Assert.Equal(text, Gsm7Transliterator.Transliterate(text));
        Assert.False(Gsm7.Fits(Gsm7Transliterator.Transliterate(text)));
    }
}
