using System.Text;
using Kiosk.Core.Sms.Encoding;

namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>
/// USSD strings: the DCS follows the cell-broadcast scheme (TS 23.038 §5). Modems print GSM-7
/// answers either as text or as packed septets in hex (Huawei), and UCS2 answers as hex.
/// </summary>
public static class UssdCoding
{
    private const byte CarriageReturn = 0x0D;

    /// <summary>The alphabet a CBS/USSD DCS declares.</summary>
    public static SmsAlphabet AlphabetOf(int dcs) => (dcs >> 4) switch
    {
        0x0 => SmsAlphabet.Gsm7,
        0x1 => (dcs & 0x0F) == 1 ? SmsAlphabet.Ucs2 : SmsAlphabet.Gsm7,
        >= 0x4 and <= 0x7 => ((dcs >> 2) & 0x03) switch { 1 => SmsAlphabet.EightBit, 2 => SmsAlphabet.Ucs2, _ => SmsAlphabet.Gsm7 },
        0x9 => ((dcs >> 2) & 0x03) switch { 1 => SmsAlphabet.EightBit, 2 => SmsAlphabet.Ucs2, _ => SmsAlphabet.Gsm7 },
        0xF => (dcs & 0x04) != 0 ? SmsAlphabet.EightBit : SmsAlphabet.Gsm7,
        _ => SmsAlphabet.Gsm7,
    };

    /// <summary>Decodes the string of a +CUSD answer by its DCS.</summary>
    public static string Decode(string payload, int dcs)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var alphabet = AlphabetOf(dcs);
        var isHex = payload.Length >= 2 && payload.Length % 2 == 0 && payload.All(char.IsAsciiHexDigit);
        switch (alphabet)
        {
            case SmsAlphabet.Ucs2 when isHex:
                var ucs2 = Convert.FromHexString(payload);
                if ((dcs & 0xF0) == 0x10 && ucs2.Length >= 2)
                {
                    ucs2 = ucs2[2..]; // DCS 0x11: a two-character language code comes first
                }

                return Encoding.BigEndianUnicode.GetString(ucs2);
            case SmsAlphabet.EightBit when isHex:
                return Encoding.Latin1.GetString(Convert.FromHexString(payload));
            case SmsAlphabet.Gsm7 when isHex:
                return UnpackText(Convert.FromHexString(payload));
            default:
                return payload; // the modem already converted it to text (AT+CSCS)
        }
    }

    /// <summary>Packed GSM-7 hex for a USSD request, with CR padding when seven bits are spare.</summary>
    public static string EncodePacked(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Gsm7.Fits(text))
        {
            throw PduFormatException.BadUssd($"The USSD string '{text}' is not GSM-7.");
        }

        var septets = Gsm7.ToSeptets(text).ToList();
        if (septets.Count % 8 == 7)
        {
            septets.Add(CarriageReturn);
        }

        return Convert.ToHexString(SeptetPacking.Pack([.. septets]));
    }

    private static string UnpackText(byte[] packed)
    {
        var septets = SeptetPacking.Unpack(packed, packed.Length * 8 / 7);
        var count = septets.Length;
        if (packed.Length * 8 % 7 == 0 && count > 0 && septets[count - 1] is CarriageReturn or 0x00)
        {
            count--; // padding: seven spare bits filled with CR (or left zero by some networks)
        }

        return Gsm7.FromSeptets(septets.AsSpan(0, count));
    }
}
