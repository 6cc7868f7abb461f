namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>
/// An originator, destination or service-centre address. International numbers carry a leading
/// '+' in <see cref="Number"/>; alphanumeric senders ("TELKOMSEL") are their text.
/// </summary>
public sealed record SmsAddress(string Number, TypeOfNumber Type, NumberingPlan Plan)
{
    /// <summary>True for an alphanumeric sender such as an operator's promotion ("TELKOMSEL").</summary>
    public bool IsAlphanumeric => Type == TypeOfNumber.Alphanumeric;

    /// <summary>
    /// "+6281234567890" → international ISDN; "081234567890" or "3636" → unknown ISDN;
    /// anything with a letter → alphanumeric.
    /// </summary>
    public static SmsAddress Parse(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var trimmed = number.Trim();
        if (trimmed.StartsWith('+') && trimmed.Length > 1 && trimmed[1..].All(char.IsAsciiDigit))
        {
            return new SmsAddress(trimmed, TypeOfNumber.International, NumberingPlan.Isdn);
        }

        if (trimmed.All(c => char.IsAsciiDigit(c) || c is '*' or '#'))
        {
            return new SmsAddress(trimmed, TypeOfNumber.Unknown, NumberingPlan.Isdn);
        }

        return new SmsAddress(trimmed, TypeOfNumber.Alphanumeric, NumberingPlan.Unknown);
    }

    public override string ToString() => Number;
}
