using System.Text.RegularExpressions;

namespace Kiosk.Core.Queue;

/// <summary>Reads a ticket number as people write it: A-017, a17, A 017, A.17.</summary>
public static partial class TicketCode
{
    /// <summary>The canonical <c>A-017</c>, or null when the text is not a ticket number.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var number = int.Parse(match.Groups["number"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return number == 0 ? null : Ticket.FormatCode(match.Groups["service"].Value.ToUpperInvariant(), number);
    }

    // ASCII only: \d would also match Arabic-Indic or full-width digits, which int.Parse then refuses (a 500).
    [GeneratedRegex(@"^(?<service>[A-Za-z])[ \t\-.#/]*(?<number>[0-9]{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
