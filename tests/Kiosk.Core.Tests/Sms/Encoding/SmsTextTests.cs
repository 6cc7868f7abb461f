using Kiosk.Core.Sms.Encoding;

namespace Kiosk.Core.Tests.Sms.Encoding;

public class SmsTextTests
{
    [Fact]
    public void A_short_GSM_text_is_one_segment()
    {
        var plan = SmsText.Plan("Antrian A-017. Di depan Anda: 3 orang.");
        Assert.Equal(SmsEncoding.Gsm7, plan.Encoding);
        Assert.Single(plan.Segments);
        Assert.False(plan.IsConcatenated);
        Assert.Equal(38, plan.SeptetOrUnitCount);
    }

    [Fact]
    public void Exactly_160_septets_is_still_one_segment_and_161_is_two()
    {
        Assert.Single(SmsText.Plan(new string('a', 160)).Segments);
        var two = SmsText.Plan(new string('a', 161));
        Assert.Equal([153, 8], two.Segments.Select(s => s.Length));
    }

    [Fact]
    public void Extension_characters_count_double_towards_the_single_segment_limit()
    {
        var plan = SmsText.Plan(new string('€', 80));
        Assert.Single(plan.Segments);
        Assert.Equal(160, plan.SeptetOrUnitCount);
        Assert.Equal(2, SmsText.Plan(new string('€', 81)).Segments.Count);
    }

    [Fact]
    public void An_extension_character_is_never_cut_in_half_at_a_part_boundary()
    {
        // 152 septets of 'a' then '€' (2 septets) would straddle the 153-septet boundary.
        var plan = SmsText.Plan(new string('a', 152) + "€" + new string('b', 20));
        Assert.Equal(new string('a', 152), plan.Segments[0]);
        Assert.StartsWith("€", plan.Segments[1], StringComparison.Ordinal);
        Assert.All(plan.Segments, s => Assert.True(Gsm7.SeptetCount(s) <= Gsm7.ConcatenatedSegmentSeptets));
    }

    [Fact]
    public void A_300_character_text_goes_out_in_two_parts_of_at_most_153_septets()
    {
        var text = string.Concat(Enumerable.Repeat("Pelayanan satu pintu. ", 14))[..300];
        var plan = SmsText.Plan(text);
        Assert.Equal(2, plan.Segments.Count);
        Assert.Equal(text, string.Concat(plan.Segments));
        Assert.Equal([153, 147], plan.Segments.Select(Gsm7.SeptetCount));
    }

    [Fact]
    public void Transliteration_keeps_a_text_in_GSM_7()
    {
        var plan = SmsText.Plan("Status \u201CDIPROSES\u201D \u2013 tunggu\u2026");
        Assert.Equal(SmsEncoding.Gsm7, plan.Encoding);
        Assert.Equal("Status \"DIPROSES\" - tunggu...", plan.Text);
    }

    [Fact]
    public void A_text_with_an_emoji_goes_out_in_UCS2_with_the_original_characters()
    {
        var plan = SmsText.Plan("Terima kasih \u201Cpak\u201D 🙏");
        Assert.Equal(SmsEncoding.Ucs2, plan.Encoding);
        Assert.Equal("Terima kasih \u201Cpak\u201D 🙏", plan.Segments.Single());
        Assert.Equal(21, plan.SeptetOrUnitCount);
    }

    [Fact]
    public void UCS2_splits_at_67_units_and_never_cuts_a_surrogate_pair()
    {
        var text = new string('x', 66) + "😀" + new string('y', 10);
        var plan = SmsText.Plan(text);
        Assert.Equal(SmsEncoding.Ucs2, plan.Encoding);
        Assert.Equal(new string('x', 66), plan.Segments[0]);
        Assert.Equal("😀" + new string('y', 10), plan.Segments[1]);
    }

    [Fact]
    public void Exactly_70_UCS2_units_is_one_segment()
    {
        Assert.Single(SmsText.Plan("😀" + new string('x', 68)).Segments);
        Assert.Equal(2, SmsText.Plan("😀" + new string('x', 69)).Segments.Count);
    }

    [Fact]
    public void An_empty_text_is_one_empty_GSM_segment()
    {
        var plan = SmsText.Plan("");
        Assert.Equal(SmsEncoding.Gsm7, plan.Encoding);
        Assert.Equal([""], plan.Segments);
    }

    [Fact]
    public void A_null_text_is_rejected() => Assert.Throws<ArgumentNullException>(() => SmsText.Plan(null!));
}
