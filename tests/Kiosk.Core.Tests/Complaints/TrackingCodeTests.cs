using Kiosk.Core.Complaints;

namespace Kiosk.Core.Tests.Complaints;

public class TrackingCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static IEnumerable<TrackingCode> Sample(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return TrackingCode.New(random.NextBytes);
        }
    }

    [Fact]
    public void A_new_code_is_nine_symbols_in_groups_of_four_four_one()
    {
        var code = TrackingCode.New();

        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$", code.Grouped);
        Assert.Equal(9, code.Compact.Length);
        Assert.True(TrackingCode.TryParse(code.Grouped, out var back));
        Assert.Equal(code, back);
    }

    [Fact]
    public void Every_single_symbol_substitution_is_caught_as_mistyped()
    {
        var checkedCount = 0;
        foreach (var code in Sample(300, 1))
        {
            var chars = code.Compact.ToCharArray();
            for (var position = 0; position < chars.Length; position++)
            {
                var original = chars[position];
                foreach (var replacement in Alphabet.Where(c => c != original))
                {
                    chars[position] = replacement;
                    Assert.Equal(TrackingCodeError.Mistyped, TrackingCode.Parse(new string(chars)).Error);
                    checkedCount++;
                }

                chars[position] = original;
            }
        }

        Assert.Equal(300 * 9 * 31, checkedCount);
    }

    [Fact]
    public void Every_adjacent_transposition_is_caught_as_mistyped()
    {
        var checkedCount = 0;
        foreach (var code in Sample(2000, 2))
        {
            var chars = code.Compact.ToCharArray();
            for (var position = 0; position < chars.Length - 1; position++)
            {
                if (chars[position] == chars[position + 1])
                {
                    continue;
                }

                (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
                Assert.Equal(TrackingCodeError.Mistyped, TrackingCode.Parse(new string(chars)).Error);
                (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 2000 * 7, $"only {checkedCount} transpositions were tried");
    }

    [Fact]
    public void Every_transposition_over_all_symbol_pairs_at_every_position_is_caught()
    {
        // Exhaustive over the alphabet: for each position and each pair (a, b), a != b.
        Span<int> data = stackalloc int[TrackingCode.DataLength];
        for (var position = 0; position < TrackingCode.Length - 1; position++)
        {
            for (var a = 0; a < 32; a++)
            {
                for (var b = 0; b < 32; b++)
                {
                    if (a == b)
                    {
                        continue;
                    }

                    data.Clear();
                    if (position < TrackingCode.DataLength)
                    {
                        data[position] = a;
                    }

                    if (position + 1 < TrackingCode.DataLength)
                    {
                        data[position + 1] = b;
                    }

                    var chars = TrackingCode.FromData(data).Compact.ToCharArray();
                    if (chars[position] == chars[position + 1])
                    {
                        continue;
                    }

                    (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
                    Assert.Equal(TrackingCodeError.Mistyped, TrackingCode.Parse(new string(chars)).Error);
                }
            }
        }
    }

    [Theory]
    [InlineData(" k7m2 9qxd ")]
    [InlineData("K7M2.9QXD")]
    [InlineData("k7m29qxd")]
    public void Input_is_read_in_any_case_with_or_without_separators(string typedData)
    {
        var reference = TrackingCode.Parse(Complete("K7M29QXD")).Code!.Value;
        var typed = typedData + reference.Compact[8];

        var parsed = TrackingCode.Parse(typed);

        Assert.Equal(TrackingCodeError.None, parsed.Error);
        Assert.Equal(reference, parsed.Code);
    }

    [Fact]
    public void I_and_L_are_read_as_one_and_O_as_zero()
    {
        var reference = TrackingCode.Parse(Complete("10K7M2Q0")).Code!.Value;

        Assert.Equal(reference, TrackingCode.Parse("IOK7-M2QO-" + reference.Compact[8]).Code);
        Assert.Equal(reference, TrackingCode.Parse("lok7m2qo" + char.ToLowerInvariant(reference.Compact[8])).Code);
    }

    [Theory]
    [InlineData("", TrackingCodeError.Empty)]
    [InlineData("   ", TrackingCodeError.Empty)]
    [InlineData("K7M2-9QXD", TrackingCodeError.Malformed)]
    [InlineData("K7M2-9QXD-33", TrackingCodeError.Malformed)]
    [InlineData("K7M2-9QXD-U", TrackingCodeError.Malformed)]
    [InlineData("K7M2*9QXD*3", TrackingCodeError.Malformed)]
    [InlineData("A-017", TrackingCodeError.Malformed)]
    public void Text_that_is_not_a_code_is_malformed_rather_than_mistyped(string text, TrackingCodeError expected) =>
        Assert.Equal(expected, TrackingCode.Parse(text).Error);

    [Fact]
    public void Codes_carry_forty_random_bits()
    {
        // All 2^40 values are reachable: the maximum and minimum random inputs give distinct, valid codes.
        var max = TrackingCode.New(span => span.Fill(0xFF));
        var min = TrackingCode.New(span => span.Clear());

        Assert.StartsWith("ZZZZZZZZ", max.Compact, StringComparison.Ordinal);
        Assert.StartsWith("00000000", min.Compact, StringComparison.Ordinal);
        Assert.Equal(1000, Sample(1000, 3).Select(c => c.Compact).Distinct().Count());
    }

    private static string Complete(string data)
    {
        var values = data.Select(c => Alphabet.IndexOf(c, StringComparison.Ordinal)).ToArray();
        return TrackingCode.FromData(values).Compact;
    }
}
