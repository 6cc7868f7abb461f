using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Kiosk.Hardware.Printer.Text;

/// <summary>
/// Encodes text for one printer code page and never sends a byte the page cannot show: characters
/// the page lacks are transliterated (“ ” → ", – — → -, … → ..., no-break space → space, é → e
/// where the page has no é), control characters and anything else become '?'.
/// </summary>
public sealed class CodePageEncoder
{
    private const char Unknown = '?';

    private static readonly FrozenDictionary<int, string> Substitutes = new Dictionary<int, string>
    {
        ['\u2018'] = "'", ['\u2019'] = "'", ['\u201A'] = "'", ['\u201B'] = "'", ['\u2032'] = "'", ['\u00B4'] = "'",
        ['\u201C'] = "\"", ['\u201D'] = "\"", ['\u201E'] = "\"", ['\u201F'] = "\"", ['\u2033'] = "\"", ['\u00AB'] = "\"", ['\u00BB'] = "\"",
        ['\u2010'] = "-", ['\u2011'] = "-", ['\u2012'] = "-", ['\u2013'] = "-", ['\u2014'] = "-", ['\u2015'] = "-", ['\u2212'] = "-",
        ['\u2026'] = "...",
        ['\t'] = " ",
        ['\u200B'] = string.Empty, ['\u200C'] = string.Empty, ['\u200D'] = string.Empty, ['\uFEFF'] = string.Empty,
        ['\u2022'] = "*", ['\u00B7'] = ".",
        ['\u20AC'] = "EUR", ['\u2122'] = "TM", ['\u00A9'] = "(C)", ['\u00AE'] = "(R)",
        ['\u00DF'] = "ss", ['\u00C6'] = "AE", ['\u00E6'] = "ae", ['\u0152'] = "OE", ['\u0153'] = "oe",
        ['\u0141'] = "L", ['\u0142'] = "l", ['\u00D8'] = "O", ['\u00F8'] = "o", ['\u0110'] = "D", ['\u0111'] = "d",
    }.ToFrozenDictionary();

    private readonly Encoding _encoding;

    public CodePageEncoder(PrinterCodePage codePage)
    {
        CodePage = codePage;
        _encoding = codePage.StrictEncoding();
    }

    public PrinterCodePage CodePage { get; }

    /// <summary>The text rewritten so that every character exists in the code page and prints.</summary>
    public string Transliterate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(Transliterate(rune));
        }

        return builder.ToString();
    }

    /// <summary>The bytes to send for <paramref name="text"/>: transliterated, then encoded.</summary>
    public byte[] Encode(string text) => _encoding.GetBytes(Transliterate(text));

    private string Transliterate(Rune rune)
    {
        if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpaceSeparator)
        {
            return " "; // no-break and typographic spaces print as a plain space, where wrapping can break
        }

        var text = rune.ToString();
        if (Printable(text))
        {
            return text;
        }

        if (Substitutes.TryGetValue(rune.Value, out var substitute) && (substitute.Length == 0 || Printable(substitute)))
        {
            return substitute;
        }

        var withoutMarks = StripMarks(text);
        return withoutMarks.Length > 0 && Printable(withoutMarks) ? withoutMarks : Unknown.ToString();
    }

    private bool Printable(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return false;
            }
        }

        try
        {
            var bytes = _encoding.GetBytes(text);
            return !bytes.Any(b => b < 0x20 || b == 0x7F);
        }
        catch (EncoderFallbackException)
        {
            return false; // the page lacks the character: the caller transliterates it
        }
    }

    private static string StripMarks(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
