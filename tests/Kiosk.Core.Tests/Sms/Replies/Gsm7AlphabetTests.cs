namespace Kiosk.Core.Tests.Sms.Replies;

public class Gsm7AlphabetTests
{
    [Fact]
    public void The_basic_table_has_128_characters() => Assert.Equal(128, Gsm7Alphabet.BasicTableSize);

    [Theory]
    [InlineData("Aduan diterima.", true, 15)]
    [InlineData("Harga {5}", true, 11)]
    [InlineData("é à ü", true, 5)]
    [InlineData("Curly \u2019quote\u2019", false, 13)]
    [InlineData("ê", false, 1)]
    [InlineData("`", false, 1)]
    [InlineData("😀", false, 2)]
    public void Characters_outside_the_table_are_refused_and_extension_characters_cost_two(string text, bool encodable, int septets)
    {
        Assert.Equal(encodable, Gsm7Alphabet.IsEncodable(text));
        Assert.Equal(septets, Gsm7Alphabet.Septets(text));
    }
}
