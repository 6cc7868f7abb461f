using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kiosk.Core.Sms.Replies;

/// <summary>
/// Makes a value safe to put in a reply: only characters of the GSM-7 default alphabet that cost one
/// septet (printable ASCII without <c>^ { } \ [ ] ~ | `</c>), accents stripped, curly quotes and dashes
/// straightened, whitespace collapsed, cut to a maximum length.
/// </summary>
internal static partial class ReplyText
{
    private const string Ellipsis = "..";

    public static string Clean(string? value, int max)
    {
        if (string.IsNullOrEmpty(value) || max <= 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(value.Length, max * 2));
        var pendingSpace = false;
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            var mapped = Map(c);
            if (mapped is null)
            {
                continue;
            }

            if (mapped == " ")
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(mapped);
            if (builder.Length > max)
            {
                break;
            }
        }

        return Truncate(builder.ToString(), max);
    }

    /// <summary>
    /// As <see cref="Clean"/>, but a value too long is cut between words, with "..": "Akta Kelahiran dan.."
    /// never "Akta Kelahiran da..". Only a first word longer than the whole field is cut inside.
    /// </summary>
    public static string CleanWords(string? value, int max)
    {
        var clean = Clean(value, max * 4);
        if (clean.Length <= max)
        {
            return clean;
        }

        var room = max - Ellipsis.Length;
        var kept = string.Empty;
        foreach (var word in clean.Split(' '))
        {
            var next = kept.Length == 0 ? word : kept + " " + word;
            if (next.TrimEnd('.', ',', '-', '&', '/').Length > room)
            {
                break;
            }

            kept = next;
        }

        kept = kept.TrimEnd(' ', '.', ',', '-', '&', '/');
        return kept.Length == 0 ? Truncate(clean, max) : kept + Ellipsis;
    }

    public static string Truncate(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        if (max <= Ellipsis.Length)
        {
            return value[..max];
        }

        // Cut at a word boundary when that keeps most of the room: "Kec. Sukamakmur.." not "Kec. Sukamakmur J..".
        var cut = value[..(max - Ellipsis.Length)];
        var space = cut.LastIndexOf(' ');
        if (space >= cut.Length * 2 / 3)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', '.', ',', '-') + Ellipsis;
    }

    /// <summary>Uppercase letters and digits only, grouped by four: <c>K7M2-9QXD-3</c>.</summary>
    public static string GroupCode(string? code)
    {
        var symbols = new string([.. (code ?? string.Empty)
            .Where(char.IsAsciiLetterOrDigit)
            .Take(ReplyFieldLimits.CodeSymbols)
            .Select(char.ToUpperInvariant)]);
        return string.Join('-', symbols.Chunk(4).Select(chunk => new string(chunk)));
    }

    /// <summary>Uppercase letters, digits and hyphens: <c>A-017</c>.</summary>
    public static string Ticket(string? code) =>
        new([.. (code ?? string.Empty)
            .Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            .Take(ReplyFieldLimits.TicketCode)
            .Select(char.ToUpperInvariant)]);

    public static string Count(int value) =>
        value > ReplyFieldLimits.Count
            ? ReplyFieldLimits.Count.ToString(CultureInfo.InvariantCulture) + "+"
            : Math.Max(0, value).ToString(CultureInfo.InvariantCulture);

    /// <summary>A length such as a complaint's limit, clamped to four digits.</summary>
    public static string Length(int value) => Math.Clamp(value, 0, 9999).ToString(CultureInfo.InvariantCulture);

    /// <summary>Hides runs of ten or more digits (phone numbers, NIK) that an upstream note might carry.</summary>
    public static string MaskLongNumbers(string value) => LongNumber().Replace(value, "***");

    private static string? Map(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '`' or '\u00B4' => "'",
        '\u201C' or '\u201D' or '\u201E' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
        '\u2026' => "...",
        '[' or '{' => "(",
        ']' or '}' => ")",
        '\\' or '|' => "/",
        '^' or '~' => null,
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => " ",
        >= ' ' and <= '~' => c.ToString(),
        _ => null,
    };

    [GeneratedRegex(@"\+?(?:\d[ -]?){9,}\d")]
    private static partial Regex LongNumber();
}
