namespace Kiosk.Core.Sms.Commands;

/// <summary>
/// How the command grammar cuts an SMS into words: the characters it treats as separators, trimming
/// by them, and tokens. Not the SMS text itself (that is <see cref="Kiosk.Core.Sms.Encoding.SmsText"/>, which plans
/// alphabets and parts).
/// </summary>
internal static class CommandTokenizer
{
    /// <summary>Any whitespace, the listed punctuation, and invisible joiners some keyboards insert.</summary>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '#' or '.' or ':' or '-' or ',' or ';' or '/' or '_' or '*' or '=' or '?' or '!'
            or '<' or '>' or '"' or '\'' or '(' or ')' or '[' or ']'
            or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    public static bool IsAsciiLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static string TrimSeparators(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSeparator(text[start]))
        {
            start++;
        }

        while (end > start && IsSeparator(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    public static string TrimLeadingSeparators(string text)
    {
        var start = 0;
        while (start < text.Length && IsSeparator(text[start]))
        {
            start++;
        }

        return text[start..];
    }

    /// <summary>Splits on runs of separators; no empty tokens.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var atSeparator = i == text.Length || IsSeparator(text[i]);
            if (atSeparator && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            else if (!atSeparator && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>The ASCII letters and digits of the text, uppercase, at most <paramref name="max"/> of them.</summary>
    public static string AlphanumericUpper(string text, int max)
    {
        var kept = new System.Text.StringBuilder(Math.Min(text.Length, max));
        foreach (var c in text)
        {
            if (kept.Length == max)
            {
                break;
            }

            if (IsAsciiLetter(c) || IsAsciiDigit(c))
            {
                kept.Append(char.ToUpperInvariant(c));
            }
        }

        return kept.ToString();
    }
}
