namespace Kiosk.Core.Sms.Guards;

/// <summary>Who an inbound SMS claims to come from; only a <see cref="Person"/> ever gets a reply.</summary>
public enum SenderKind
{
    /// <summary>An Indonesian mobile number (libphonenumber), or a number on the configured allow-list.</summary>
    Person,

    /// <summary>No sender at all.</summary>
    Empty,

    /// <summary>A name instead of a number (TELKOMSEL, INFO, Indosat): operator promotions and services.</summary>
    Alphanumeric,

    /// <summary>A numeric sender too short to be a subscriber (3636, 888, +62888): operator services, premium SMS.</summary>
    ShortCode,

    /// <summary>Digits mixed with symbols, or longer than E.164 allows.</summary>
    Malformed,

    /// <summary>A number of another country (not on the allow-list): a reply would cost international rates.</summary>
    Foreign,

    /// <summary>An Indonesian number that is not a valid mobile one (a fixed line, an unassigned range).</summary>
    NotMobile,
}
