using System.Globalization;
using System.Text;

namespace Kiosk.Core.Sms.Encoding;

/// <summary>
/// Replaces characters that are not GSM-7 with GSM-7 look-alikes where the meaning survives:
/// typographic quotes and dashes, the ellipsis, exotic spaces, and Latin letters with diacritics
/// the table lacks (ā → a, ó → o, Ł → L). Characters with no faithful replacement (emoji, CJK,
/// Arabic) are left as they are, so the planner falls back to UCS2.
/// </summary>
public static class Gsm7Transliterator
{
    private static readonly Dictionary<char, string> Replacements = new()
    {
        // Quotes and apostrophes
        ['\u2018'] = "'", ['\u2019'] = "'", ['\u201A'] = "'", ['\u201B'] = "'", ['\u2032'] = "'",
        ['\u201C'] = "\"", ['\u201D'] = "\"", ['\u201E'] = "\"", ['\u201F'] = "\"", ['\u2033'] = "\"",
        ['\u00AB'] = "\"", ['\u00BB'] = "\"", ['\u2039'] = "'", ['\u203A'] = "'", ['`'] = "'", ['\u00B4'] = "'",
        // Dashes and hyphens
        ['\u2010'] = "-", ['\u2011'] = "-", ['\u2012'] = "-", ['\u2013'] = "-", ['\u2014'] = "-",
        ['\u2015'] = "-", ['\u2212'] = "-", ['\u00AD'] = "",
        // Dots, bullets and symbols
        ['\u2026'] = "...", ['\u2022'] = "-", ['\u00B7'] = ".", ['\u2122'] = "TM", ['\u00A9'] = "(c)",
        ['\u00AE'] = "(R)", ['\u00D7'] = "x", ['\u00F7'] = "/", ['\u2044'] = "/",
        // Spaces and invisible characters
        ['\u00A0'] = " ", ['\u2002'] = " ", ['\u2003'] = " ", ['\u2007'] = " ", ['\u2009'] = " ",
        ['\u200A'] = " ", ['\u202F'] = " ", ['\u3000'] = " ", ['\t'] = " ",
        ['\u200B'] = "", ['\u200C'] = "", ['\u200D'] = "", ['\uFEFF'] = "",
        // Letters that do not decompose
        ['\u0110'] = "D", ['\u0111'] = "d", ['\u0141'] = "L", ['\u0142'] = "l", ['\u0131'] = "i",
        ['\u0152'] = "OE", ['\u0153'] = "oe", ['\u00D0'] = "D", ['\u00F0'] = "d", ['\u00DE'] = "Th",
        ['\u00FE'] = "th", ['\u0126'] = "H", ['\u0127'] = "h",
    };

    /// <summary>The text with every replaceable non-GSM-7 character replaced; GSM-7 characters are kept.</summary>
    public static string Transliterate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Gsm7.Fits(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Gsm7.IsGsm7(c))
            {
                result.Append(c);
            }
            else if (Replacements.TryGetValue(c, out var replacement))
            {
                result.Append(replacement);
            }
            else
            {
                result.Append(StripDiacritics(c) ?? c.ToString());
            }
        }

        return result.ToString();
    }

    /// <summary>The base letters of <paramref name="c"/> without combining marks, if they are GSM-7.</summary>
    private static string? StripDiacritics(char c)
    {
        if (char.IsSurrogate(c))
        {
            return null; // half of an emoji or another astral character: nothing to strip
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                stripped.Append(part);
            }
        }

        var result = stripped.ToString();
        return result.Length > 0 && result != c.ToString() && Gsm7.Fits(result) ? result : null;
    }
}
