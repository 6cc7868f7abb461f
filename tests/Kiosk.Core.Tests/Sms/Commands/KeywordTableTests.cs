using Kiosk.Core.Sms.Commands;

namespace Kiosk.Core.Tests.Sms.Commands;

public class KeywordTableTests
{
    [Theory]
    [InlineData("CEK", "CEK"), InlineData("CHECK", "CEHCK"), InlineData("LAPOR", "LAPRO"), InlineData("ANTRI", "ANTRII")]
    [InlineData("BATAL", "BTAAL"), InlineData("STATUS", "STATU")]
    public void One_typo_is_distance_one_and_none_is_zero(string keyword, string typed) =>
        Assert.Equal(keyword == typed ? 0 : 1, EditDistance.Between(typed, keyword));

    [Theory]
    [InlineData("KOMPLAIN", "KOMPLAINNYA", 3), InlineData("ABC", "", 3), InlineData("", "", 0), InlineData("CEK", "KCE", 2)]
    public void Distances_count_every_edit(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Between(a, b));

    [Fact]
    public void Every_word_on_the_stop_list_is_one_typo_from_a_keyword_and_is_not_one()
    {
        foreach (var word in KeywordTable.OrdinaryWords)
        {
            Assert.Null(KeywordTable.Match(word));
            Assert.Contains(
                KeywordTable.LongestFirst,
                pair => pair.Key.Length >= KeywordTable.MinFuzzyLength && EditDistance.Between(word, pair.Key) == 1);
        }
    }

    [Fact]
    public void A_word_one_typo_from_keywords_of_two_commands_matches_neither()
    {
        // PADUAN is one typo from ADUAN (complaint) and from PANDUAN (help): too ambiguous to act on.
        Assert.Equal(1, EditDistance.Between("PADUAN", "ADUAN"));
        Assert.Equal(1, EditDistance.Between("PADUAN", "PANDUAN"));

        Assert.Null(KeywordTable.Match("PADUAN"));
        Assert.IsType<SmsCommand.Unrecognised>(SmsCommandParser.Parse("PADUAN jalan rusak"));
    }

    [Fact]
    public void Short_words_are_never_matched_fuzzily()
    {
        Assert.Null(KeywordTable.Match("ADA"));
        Assert.Null(KeywordTable.Match("CEL"));
        Assert.Null(KeywordTable.Match("MEN"));
    }
}
