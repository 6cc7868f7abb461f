namespace Kiosk.Core.Sms.Encoding;

/// <summary>Chooses the alphabet for a text and splits it into SMS parts.</summary>
public static class SmsText
{
    /// <summary>UTF-16 units in a single UCS2 message.</summary>
    public const int SingleSegmentUnits = 70;

    /// <summary>UTF-16 units per part of a concatenated UCS2 message.</summary>
    public const int ConcatenatedSegmentUnits = 67;

    /// <summary>
    /// GSM-7 when the transliterated text fits the alphabet, UCS2 (on the original text) otherwise,
    /// and the parts: 160 septets single or 153 per part, never cutting an extension character
    /// in half; 70 units single or 67 per part, never cutting a surrogate pair.
    /// </summary>
    public static SmsPlan Plan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var transliterated = Gsm7Transliterator.Transliterate(text);
        if (Gsm7.Fits(transliterated))
        {
            var septets = Gsm7.SeptetCount(transliterated);
            var segments = septets <= Gsm7.SingleSegmentSeptets
                ? [transliterated]
                : Split(transliterated, Gsm7.ConcatenatedSegmentSeptets, (s, i) => Gsm7.SeptetsFor(s[i]), (_, _) => 1);
            return new SmsPlan(SmsEncoding.Gsm7, transliterated, segments, septets);
        }

        var ucs2Segments = text.Length <= SingleSegmentUnits
            ? [text]
            : Split(text, ConcatenatedSegmentUnits, (_, _) => 1, (s, i) => char.IsSurrogatePair(s, i) ? 2 : 1);
        return new SmsPlan(SmsEncoding.Ucs2, text, ucs2Segments, text.Length);
    }

    /// <summary>
    /// Greedy split: <paramref name="cost"/> is what one UTF-16 unit costs, <paramref name="width"/>
    /// how many units belong together and may not be separated.
    /// </summary>
    private static List<string> Split(
        string text, int capacity, Func<string, int, int> cost, Func<string, int, int> width)
    {
        var segments = new List<string>();
        var start = 0;
        var used = 0;
        var i = 0;
        while (i < text.Length)
        {
            var units = Math.Min(width(text, i), text.Length - i);
            var unitCost = 0;
            for (var k = 0; k < units; k++)
            {
                unitCost += cost(text, i + k);
            }

            if (used + unitCost > capacity)
            {
                segments.Add(text[start..i]);
                start = i;
                used = 0;
            }

            used += unitCost;
            i += units;
        }

        segments.Add(text[start..]);
        return segments;
    }
}
