using System.Text;
using System.Text.RegularExpressions;

namespace Kiosk.Host.Voice;

/// <summary>
/// What the waiting room hears, written out as words for the speech engine: a ticket's digits one
/// by one ("A-007" → "a nol nol tujuh"), the number in a counter's name as a number ("Loket 12"
/// → "Loket dua belas"). Written out here rather than left to espeak, which reads "007" as "tujuh".
/// </summary>
public static partial class SpokenIndonesian
{
    private static readonly string[] Digits = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    /// <summary>Indonesian letter names, so "B" is "be" and not an English "bee".</summary>
    private static readonly string[] Letters =
    [
        "a", "be", "ce", "de", "e", "ef", "ge", "ha", "i", "je", "ka", "el", "em",
        "en", "o", "pe", "ki", "er", "es", "te", "u", "fe", "we", "eks", "ye", "zet",
    ];

    /// <summary>"Nomor antrian, a nol nol tujuh. Silakan ke Loket satu."</summary>
    public static string Call(string ticketCode, string counterName)
    {
        ArgumentNullException.ThrowIfNull(ticketCode);
        ArgumentNullException.ThrowIfNull(counterName);
        return $"Nomor antrian, {Characters(ticketCode)}. Silakan ke {WithNumbers(counterName)}.";
    }

    /// <summary>Each letter and digit on its own word; dashes and spaces dropped.</summary>
    public static string Characters(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var words = new List<string>();
        foreach (var c in code.ToUpperInvariant())
        {
            if (c is >= '0' and <= '9')
            {
                words.Add(Digits[c - '0']);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                words.Add(Letters[c - 'A']);
            }
        }

        return string.Join(" ", words);
    }

    /// <summary>The text with every run of ASCII digits read as a number ("Loket 3" → "Loket tiga").</summary>
    public static string WithNumbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NumberRun().Replace(text, m => m.Value.Length > 4 ? Characters(m.Value) : Number(int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>An Indonesian cardinal, 0–9999: 11 "sebelas", 21 "dua puluh satu", 100 "seratus", 1000 "seribu".</summary>
    public static string Number(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 9999);
        if (n == 0)
        {
            return Digits[0];
        }

        var words = new StringBuilder();
        Append(words, n / 1000, "seribu", "ribu");
        Append(words, n / 100 % 10, "seratus", "ratus");
        var tens = n % 100;
        if (tens is >= 10 and < 20)
        {
            words.Append(tens switch { 10 => "sepuluh", 11 => "sebelas", _ => Digits[tens - 10] + " belas" }).Append(' ');
        }
        else
        {
            if (tens >= 20)
            {
                words.Append(Digits[tens / 10]).Append(" puluh ");
            }

            if (tens % 10 > 0)
            {
                words.Append(Digits[tens % 10]).Append(' ');
            }
        }

        return words.ToString().TrimEnd();
    }

    private static void Append(StringBuilder words, int count, string one, string many)
    {
        if (count == 1)
        {
            words.Append(one).Append(' ');
        }
        else if (count > 1)
        {
            words.Append(Digits[count]).Append(' ').Append(many).Append(' ');
        }
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex NumberRun();
}
