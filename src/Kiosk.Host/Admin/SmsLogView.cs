using Kiosk.Core.Identity;
using Kiosk.Core.Sms;

namespace Kiosk.Host.Admin;

/// <summary>
/// One line of <c>kiosk sms log</c>: the number masked (<c>0812******78</c>) and only the start of
/// the text, so a log shown over a shoulder or pasted in a chat gives away no one's message.
/// </summary>
public sealed record SmsLogView(DateTimeOffset At, string Direction, string Number, string State, string? Detail, string Text)
{
    /// <summary>How much of a message's text is shown.</summary>
    public const int TextShown = 40;

    public static SmsLogView From(SmsLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new SmsLogView(entry.At, SmsLogStates.Wire(entry.Direction), PhoneNumber.MaskNational(entry.Number), entry.State, entry.Detail, Start(entry.Text));
    }

    /// <summary>The first <see cref="TextShown"/> characters on one line, "…" when there is more.</summary>
    public static string Start(string? text)
    {
        var line = string.Join(' ', (text ?? "").Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= TextShown ? line : line[..TextShown].TrimEnd() + "…";
    }
}
