namespace Kiosk.Core.Sms.Guards;

/// <summary>
/// Decides whether an inbound SMS's sender is a person we may answer. Replying to operator senders costs
/// money and can loop (an auto-responder answering our help text), so only phone numbers qualify.
/// </summary>
/// <remarks>
/// Rules, in order: blank is <see cref="SenderKind.Empty"/>; any letter makes it <see cref="SenderKind.Alphanumeric"/>;
/// after removing spaces, hyphens and parentheses it must be digits with an optional leading <c>+</c>
/// (at most 15 digits) or it is <see cref="SenderKind.Malformed"/>. The subscriber digits are what remains
/// after the Indonesian prefix (<c>+62</c>, <c>62</c> or the trunk <c>0</c>); fewer than
/// <see cref="MinSubscriberDigits"/> is a <see cref="SenderKind.ShortCode"/>. Short codes are sometimes
/// shown with the country code (<c>+62888</c>), which is why the prefix is removed before counting.
/// Numbers from other countries count all their digits. A long enough number is a <see cref="SenderKind.Person"/>
/// only when libphonenumber reads it as an Indonesian mobile number, or when it is on the allow-list (a
/// technician's foreign SIM, a test phone); otherwise it is <see cref="SenderKind.Foreign"/> or
/// <see cref="SenderKind.NotMobile"/> and is not answered.
/// </remarks>
public static class SenderClassifier
{
    /// <summary>Indonesian short codes have 3 to 6 digits; subscriber numbers have 7 or more after the prefix.</summary>
    public const int MinSubscriberDigits = 7;

    /// <summary>E.164: at most 15 digits including the country code.</summary>
    public const int MaxDigits = 15;

    private const string IndonesiaCountryCode = "62";

    public static SenderClassification Classify(string? sender) => Classify(sender, null);

    /// <summary>As <see cref="Classify(string?)"/>, with numbers that are answered whatever their country or type.</summary>
    public static SenderClassification Classify(string? sender, IReadOnlySet<string>? allowed)
    {
        var number = ClassifyShape(sender);
        if (number is not { Kind: SenderKind.Person, Number: { } canonical })
        {
            return number;
        }

        if (allowed is not null && allowed.Contains(canonical))
        {
            return number;
        }

        var mobile = Identity.PhoneNumber.Parse(canonical);
        return mobile.Error switch
        {
            Identity.PhoneNumberError.None => new SenderClassification(SenderKind.Person, mobile.Number!.E164),
            Identity.PhoneNumberError.NotIndonesian => new SenderClassification(SenderKind.Foreign, null),
            _ => new SenderClassification(SenderKind.NotMobile, null),
        };
    }

    /// <summary>The canonical form of an allow-list entry, or null when it is not a phone number.</summary>
    public static string? Canonical(string? number) => ClassifyShape(number).Number;

    /// <summary>The rules by shape alone: a long enough number is a candidate person, in canonical form.</summary>
    private static SenderClassification ClassifyShape(string? sender)
    {
        if (string.IsNullOrWhiteSpace(sender))
        {
            return new SenderClassification(SenderKind.Empty, null);
        }

        var trimmed = sender.Trim();
        if (trimmed.Any(char.IsLetter))
        {
            return new SenderClassification(SenderKind.Alphanumeric, null);
        }

        var compact = new string([.. trimmed.Where(c => c is not (' ' or '-' or '(' or ')'))]);
        var plus = compact.StartsWith('+');
        var digits = plus ? compact[1..] : compact;
        if (digits.Length is 0 or > MaxDigits || !digits.All(char.IsAsciiDigit))
        {
            return new SenderClassification(SenderKind.Malformed, null);
        }

        string? subscriber = null;
        if (digits.StartsWith(IndonesiaCountryCode, StringComparison.Ordinal))
        {
            subscriber = digits[IndonesiaCountryCode.Length..];
        }
        else if (!plus && digits.StartsWith('0'))
        {
            subscriber = digits[1..];
        }

        var significant = subscriber ?? digits;
        if (significant.Length < MinSubscriberDigits)
        {
            return new SenderClassification(SenderKind.ShortCode, null);
        }

        var canonical = subscriber is not null ? $"+{IndonesiaCountryCode}{subscriber}" : plus ? $"+{digits}" : digits;
        return new SenderClassification(SenderKind.Person, canonical);
    }
}
