using PhoneNumbers;

namespace Kiosk.Core.Identity;

/// <summary>
/// An Indonesian mobile number in E.164 (+6281234567890), the only form that is stored.
/// Accepts what people write: 0812-3456-7890, 62812..., +62 812 3456 7890.
/// </summary>
public sealed record PhoneNumber(string E164)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static PhoneNumberParse Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new PhoneNumberParse(PhoneNumberError.Empty, null);
        }

        var text = input.Trim();
        if (text.Length > 24 || text.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '.' or '(' or ')')))
        {
            return new PhoneNumberParse(PhoneNumberError.NotANumber, null);
        }

        var digitsOnly = new string([.. text.Where(char.IsAsciiDigit)]);
        if (!text.StartsWith('+') && digitsOnly.StartsWith("62", StringComparison.Ordinal))
        {
            // 62812... is the international form without its plus; libphonenumber would read it as national.
            text = "+" + digitsOnly;
        }

        PhoneNumbers.PhoneNumber parsed;
        try
        {
            parsed = Util.Parse(text, "ID");
        }
        catch (NumberParseException)
        {
            return new PhoneNumberParse(PhoneNumberError.NotANumber, null);
        }

        if (parsed.CountryCode != 62)
        {
            return new PhoneNumberParse(PhoneNumberError.NotIndonesian, null);
        }

        if (!Util.IsValidNumber(parsed))
        {
            return new PhoneNumberParse(PhoneNumberError.Invalid, null);
        }

        var type = Util.GetNumberType(parsed);
        if (type is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
        {
            return new PhoneNumberParse(PhoneNumberError.NotMobile, null);
        }

        return new PhoneNumberParse(PhoneNumberError.None, new PhoneNumber(Util.Format(parsed, PhoneNumberFormat.E164)));
    }

    /// <summary>For logs: <c>+62812****7890</c>.</summary>
    public static string Mask(string? number) =>
        number is { Length: >= 8 } ? number[..6] + new string('*', number.Length - 10 > 0 ? number.Length - 10 : 2) + number[^4..] : "***";

    /// <summary>
    /// For a technician's screen: the national form with the first 4 and last 2 digits,
    /// <c>0812******78</c>. An operator's name or a short code (6 digits or fewer) is no one's
    /// number and is shown as it is.
    /// </summary>
    public static string MaskNational(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "-";
        }

        var text = number.Trim();
        if (!text.TrimStart('+').All(char.IsAsciiDigit))
        {
            return text;
        }

        var national = text.StartsWith("+62", StringComparison.Ordinal) ? "0" + text[3..] : text;
        return national.Length <= 6 ? national : national[..4] + new string('*', national.Length - 6) + national[^2..];
    }

    /// <summary>The same number however it was written (+62812…, 0812…, 62812…); digits only when it is no Indonesian mobile.</summary>
    public static string Comparable(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return Parse(number).Number is { } parsed ? parsed.E164 : new string([.. number.Where(char.IsAsciiDigit)]);
    }

    public override string ToString() => Mask(E164);
}

public enum PhoneNumberError
{
    None,
    Empty,
    NotANumber,
    NotIndonesian,
    Invalid,
    NotMobile,
}

public readonly record struct PhoneNumberParse(PhoneNumberError Error, PhoneNumber? Number);
