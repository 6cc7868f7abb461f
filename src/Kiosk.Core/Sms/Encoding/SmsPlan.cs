namespace Kiosk.Core.Sms.Encoding;

/// <summary>How a text goes out: its alphabet and the text of each part.</summary>
/// <param name="Encoding">GSM-7 when the transliterated text fits the alphabet, UCS2 otherwise.</param>
/// <param name="Text">The text that is sent: transliterated for GSM-7, the original for UCS2.</param>
/// <param name="Segments">One string per SMS part; one element when no concatenation is needed.</param>
/// <param name="SeptetOrUnitCount">Septets (GSM-7) or UTF-16 units (UCS2) of the whole text.</param>
public sealed record SmsPlan(
    SmsEncoding Encoding,
    string Text,
    IReadOnlyList<string> Segments,
    int SeptetOrUnitCount)
{
    /// <summary>True when the text needs more than one SMS (and a concatenation header).</summary>
    public bool IsConcatenated => Segments.Count > 1;
}
