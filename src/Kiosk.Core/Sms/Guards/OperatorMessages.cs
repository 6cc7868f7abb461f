using System.Text.RegularExpressions;

namespace Kiosk.Core.Sms.Guards;

/// <summary>
/// Recognises the texts operators send — credit balance, data packages, promotions, USSD menus — which
/// also arrive from ordinary-looking numbers (<c>+62811…</c>) and from names like <c>3</c> or <c>AXIS</c>.
/// They are never answered: a reply costs credit and an auto-responder would answer back.
/// </summary>
public static partial class OperatorMessages
{
    public static bool IsOperatorText(string? text) => !string.IsNullOrWhiteSpace(text) && Markers().IsMatch(text);

    [GeneratedRegex(
        @"sisa\s+pulsa|pulsa\s+(anda|utama|kamu)|paket\s+(internet|data|nelpon|sms|combo)|kuota\s+(internet|anda|utama|kamu)|"
        + @"masa\s+aktif|isi\s+ulang|top\s*-?\s*up|tagihan\s+anda|berlaku\s+(s/?d|sampai|hingga)|\bunreg\b|\breg\s+spasi|"
        + @"\*\d{3,4}(\*\d+)*#|\bumb\b|poin\s+anda|your\s+(balance|credit|data\s+package)|\bCS\s+\d{3,4}\b|"
        + @"\bpromo\b.*\b(rp|gb|mb)\b|\bbonus\s+(kuota|pulsa|nelpon|sms)|\b(gb|mb)\b.*\brp\s?\d",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Markers();
}
