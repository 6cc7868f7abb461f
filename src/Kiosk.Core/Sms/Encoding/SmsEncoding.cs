namespace Kiosk.Core.Sms.Encoding;

/// <summary>The alphabet a message goes out in.</summary>
public enum SmsEncoding
{
    /// <summary>GSM 03.38 default alphabet, 7 bits per character (extension characters take two).</summary>
    Gsm7,

    /// <summary>UCS2 (UTF-16 big-endian on the air), 16 bits per unit; a surrogate pair takes two units.</summary>
    Ucs2,
}
