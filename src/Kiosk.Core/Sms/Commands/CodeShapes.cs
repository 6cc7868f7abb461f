namespace Kiosk.Core.Sms.Commands;

/// <summary>
/// Recognises what a tracking code or a ticket code looks like — not whether it is valid.
/// </summary>
/// <remarks>
/// A tracking code is <see cref="TrackingCodeLength"/> Crockford base32 symbols in any case and
/// grouping (<c>K7M2-9QXD-3</c>, <c>k7m29qxd3</c>); Crockford's aliases are decoded (I and L read as 1,
/// O as 0) and U is not a symbol. A ticket code is a service letter, an optional separator and one to
/// three digits (<c>A017</c>, <c>a-17</c>, <c>A 017</c>), normalised to <c>A-017</c>.
/// </remarks>
public static class CodeShapes
{
    public const int TrackingCodeLength = 9;

    /// <summary>Longest code kept when the text has neither shape, so a 2000-character SMS stays small.</summary>
    public const int MaxUnrecognisedCodeLength = 32;

    /// <summary>
    /// True when <paramref name="compact"/> (letters and digits only, no separators) has the tracking
    /// code's shape; <paramref name="code"/> is then uppercase with aliases decoded.
    /// </summary>
    public static bool TryTrackingCode(string compact, out string code, out bool usedAliases)
    {
        ArgumentNullException.ThrowIfNull(compact);
        code = string.Empty;
        usedAliases = false;
        if (compact.Length != TrackingCodeLength)
        {
            return false;
        }

        Span<char> symbols = stackalloc char[TrackingCodeLength];
        for (var i = 0; i < compact.Length; i++)
        {
            var c = char.ToUpperInvariant(compact[i]);
            switch (c)
            {
                case 'I' or 'L':
                    symbols[i] = '1';
                    usedAliases = true;
                    break;
                case 'O':
                    symbols[i] = '0';
                    usedAliases = true;
                    break;
                case 'U':
                    return false;
                case (>= '0' and <= '9') or (>= 'A' and <= 'Z'):
                    symbols[i] = c;
                    break;
                default:
                    return false;
            }
        }

        code = new string(symbols);
        return true;
    }

    /// <summary>
    /// True when <paramref name="compact"/> (no separators) is a letter and one to three digits;
    /// <paramref name="code"/> is then <c>A-017</c>.
    /// </summary>
    public static bool TryTicketCode(string compact, out string code)
    {
        ArgumentNullException.ThrowIfNull(compact);
        code = string.Empty;
        if (compact.Length is < 2 or > 4 || !CommandTokenizer.IsAsciiLetter(compact[0]))
        {
            return false;
        }

        var number = 0;
        foreach (var c in compact.AsSpan(1))
        {
            if (!CommandTokenizer.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        code = $"{char.ToUpperInvariant(compact[0])}-{number:D3}";
        return true;
    }
}
