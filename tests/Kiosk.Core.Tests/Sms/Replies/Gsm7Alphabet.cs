namespace Kiosk.Core.Tests.Sms.Replies;

/// <summary>
/// A minimal check against the GSM 03.38 default alphabet, for the reply tests only. The lead replaces it
/// with the shared <c>Kiosk.Core.Sms.Encoding.Gsm7</c> after merging.
/// </summary>
internal static class Gsm7Alphabet
{
    /// <summary>The 128 characters of the default table (0x1B, the escape, is shown as a space-free gap).</summary>
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /// <summary>The extension table: each costs two septets (escape + character).</summary>
    private const string Extension = "\f^{}\\[~]|€";

    public static bool IsEncodable(string text) => text.All(c => c != '\u001B' && (Basic.Contains(c) || Extension.Contains(c)));

    public static int Septets(string text) => text.Sum(c => Extension.Contains(c) ? 2 : 1);

    public static int BasicTableSize => Basic.Length;
}
