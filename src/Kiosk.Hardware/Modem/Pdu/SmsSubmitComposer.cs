using Kiosk.Core.Sms.Encoding;

namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>Turns a text into the SMS-SUBMIT PDUs that carry it: alphabet and parts from <see cref="SmsText.Plan"/>.</summary>
public static class SmsSubmitComposer
{
    /// <param name="destination">The recipient.</param>
    /// <param name="text">Any text: transliterated to GSM-7 where meaning survives, UCS2 otherwise.</param>
    /// <param name="options">Report request, validity, flash.</param>
    /// <param name="concatenationReference">The reference all parts share (0–255, or 0–65535 with 16-bit references).</param>
    public static IReadOnlyList<SmsSubmit> Compose(SmsAddress destination, string text, SubmitOptions options, int concatenationReference)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var plan = SmsText.Plan(text);
        var alphabet = plan.Encoding == SmsEncoding.Gsm7 ? SmsAlphabet.Gsm7 : SmsAlphabet.Ucs2;
        var coding = DataCodingScheme.Create(alphabet, options.Flash ? MessageClass.Class0 : null);
        var reference = concatenationReference & (options.SixteenBitReference ? 0xFFFF : 0xFF);
        var parts = new List<SmsSubmit>(plan.Segments.Count);
        for (var i = 0; i < plan.Segments.Count; i++)
        {
            parts.Add(new SmsSubmit(destination, plan.Segments[i])
            {
                Coding = coding,
                RequestStatusReport = options.RequestStatusReport,
                ValidityPeriod = options.ValidityPeriod,
                Header = plan.IsConcatenated
                    ? UserDataHeader.ForConcatenation(new ConcatenationInfo(reference, plan.Segments.Count, i + 1, options.SixteenBitReference))
                    : null,
            });
        }

        return parts;
    }
}
