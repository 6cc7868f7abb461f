namespace Kiosk.Core.Sms.Encoding;

/// <summary>
/// The GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table, at the level of
/// characters and septet values. Packing septets into octets belongs to the PDU codec.
/// </summary>
public static class Gsm7
{
    /// <summary>Septets in a single GSM-7 message.</summary>
    public const int SingleSegmentSeptets = 160;

    /// <summary>Septets per part of a concatenated GSM-7 message (the UDH takes 7).</summary>
    public const int ConcatenatedSegmentSeptets = 153;

    /// <summary>The escape septet that switches to the extension table for one character.</summary>
    public const byte Escape = 0x1B;

    // Index = septet value. 0x1B is the escape and never stands for a character.
    private const string BasicTable =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static readonly Dictionary<char, byte> BasicIndex = BuildBasicIndex();

    private static readonly Dictionary<char, byte> ExtensionIndex = new()
    {
        ['\f'] = 0x0A,
        ['^'] = 0x14,
        ['{'] = 0x28,
        ['}'] = 0x29,
        ['\\'] = 0x2F,
        ['['] = 0x3C,
        ['~'] = 0x3D,
        [']'] = 0x3E,
        ['|'] = 0x40,
        ['€'] = 0x65,
    };

    private static readonly Dictionary<byte, char> ExtensionChars =
        ExtensionIndex.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>True when every character of <paramref name="text"/> is in the default alphabet or its extension table.</summary>
    public static bool Fits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (SeptetsFor(c) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Septets <paramref name="text"/> takes in GSM-7: extension characters count 2.</summary>
    /// <exception cref="ArgumentException">A character is not in GSM-7 (check with <see cref="Fits"/> first).</exception>
    public static int SeptetCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var septets = SeptetsFor(text[i]);
            if (septets == 0)
            {
                throw new ArgumentException(
                    $"The character U+{(int)text[i]:X4} at index {i} is not in the GSM-7 alphabet.", nameof(text));
            }

            count += septets;
        }

        return count;
    }

    /// <summary>1 for a default-alphabet character, 2 for an extension character, 0 when it is not GSM-7.</summary>
    public static int SeptetsFor(char c) =>
        BasicIndex.ContainsKey(c) ? 1 : ExtensionIndex.ContainsKey(c) ? 2 : 0;

    /// <summary>True when <paramref name="c"/> is a default-alphabet or extension character.</summary>
    public static bool IsGsm7(char c) => SeptetsFor(c) != 0;

    /// <summary>The unpacked septet values of <paramref name="text"/> (extension characters as ESC + code).</summary>
    /// <exception cref="ArgumentException">A character is not in GSM-7.</exception>
    public static byte[] ToSeptets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var septets = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (BasicIndex.TryGetValue(c, out var basic))
            {
                septets.Add(basic);
            }
            else if (ExtensionIndex.TryGetValue(c, out var extension))
            {
                septets.Add(Escape);
                septets.Add(extension);
            }
            else
            {
                throw new ArgumentException(
                    $"The character U+{(int)c:X4} at index {i} is not in the GSM-7 alphabet.", nameof(text));
            }
        }

        return [.. septets];
    }

    /// <summary>
    /// Text from unpacked septet values. An escape followed by a code the extension table does not
    /// define is read as the default-alphabet character, as TS 23.038 asks of receivers.
    /// </summary>
    public static string FromSeptets(ReadOnlySpan<byte> septets)
    {
        var text = new System.Text.StringBuilder(septets.Length);
        for (var i = 0; i < septets.Length; i++)
        {
            var septet = (byte)(septets[i] & 0x7F);
            if (septet == Escape)
            {
                if (i + 1 >= septets.Length)
                {
                    break; // a dangling escape at the end stands for nothing
                }

                var code = (byte)(septets[++i] & 0x7F);
                text.Append(ExtensionChars.TryGetValue(code, out var extension) ? extension : Basic(code));
            }
            else
            {
                text.Append(BasicTable[septet]);
            }
        }

        return text.ToString();
    }

    private static char Basic(byte code) => code == Escape ? ' ' : BasicTable[code];

    private static Dictionary<char, byte> BuildBasicIndex()
    {
        var index = new Dictionary<char, byte>(BasicTable.Length);
        for (var i = 0; i < BasicTable.Length; i++)
        {
            if (i != Escape)
            {
                index[BasicTable[i]] = (byte)i;
            }
        }

        return index;
    }
}
