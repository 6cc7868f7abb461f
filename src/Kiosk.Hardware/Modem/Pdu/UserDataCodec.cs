using System.Text;
using Kiosk.Core.Sms.Encoding;

namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>TP-UDL + TP-UD: the header, the GSM-7 fill bits after it, and the text by alphabet.</summary>
internal static class UserDataCodec
{
    private const int MaxOctets = 140;
    private const int MaxSeptets = 160;

    public static (UserDataHeader? Header, string Text, byte[] Payload) Read(PduReader reader, bool hasHeader, DataCodingScheme coding)
    {
        if (coding.Compressed)
        {
            throw new PduFormatException("The PDU carries compressed user data, which is not supported (DCS 0x" + coding.Value.ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + ").");
        }

        var length = reader.ReadByte("user data length");
        if (coding.Alphabet == SmsAlphabet.Gsm7)
        {
            if (length > MaxSeptets)
            {
                throw PduFormatException.Invalid("user data length", $"{length} septets (at most {MaxSeptets})");
            }

            var packed = reader.ReadBytes("user data", ((length * 7) + 7) / 8);
            var header = hasHeader ? UserDataHeader.Parse(packed) : null;
            var headerSeptets = header is null ? 0 : ((header.EncodedLength * 8) + 6) / 7;
            if (headerSeptets > length)
            {
                throw PduFormatException.Invalid("user data length", $"{length} septets cannot hold a {header!.EncodedLength}-octet header");
            }

            var septets = SeptetPacking.Unpack(packed, length - headerSeptets, headerSeptets * 7);
            return (header, Gsm7.FromSeptets(septets), septets);
        }

        if (length > MaxOctets)
        {
            throw PduFormatException.Invalid("user data length", $"{length} octets (at most {MaxOctets})");
        }

        var octets = reader.ReadBytes("user data", length);
        var udh = hasHeader ? UserDataHeader.Parse(octets) : null;
        var body = octets[(udh?.EncodedLength ?? 0)..];
        if (coding.Alphabet == SmsAlphabet.EightBit)
        {
            return (udh, Encoding.Latin1.GetString(body), body);
        }

        if (body.Length % 2 != 0)
        {
            throw PduFormatException.Invalid("UCS2 user data", $"odd number of octets ({body.Length})");
        }

        return (udh, Encoding.BigEndianUnicode.GetString(body), body);
    }

    public static void Write(List<byte> output, DataCodingScheme coding, UserDataHeader? header, string text, byte[] data)
    {
        var headerBytes = header?.Encode() ?? [];
        switch (coding.Alphabet)
        {
            case SmsAlphabet.Gsm7:
                if (!Gsm7.Fits(text))
                {
                    throw PduFormatException.BadText("The text has characters outside GSM-7; plan it with SmsText.Plan or use UCS2.");
                }

                var septets = Gsm7.ToSeptets(text);
                var headerSeptets = ((headerBytes.Length * 8) + 6) / 7;
                var total = headerSeptets + septets.Length;
                if (total > MaxSeptets)
                {
                    throw PduFormatException.BadText($"The text needs {total} septets, more than the {MaxSeptets} one PDU holds.");
                }

                var packed = SeptetPacking.Pack(septets, headerSeptets * 7);
                headerBytes.CopyTo(packed, 0);
                output.Add((byte)total);
                output.AddRange(packed);
                break;
            default:
                var body = coding.Alphabet == SmsAlphabet.Ucs2 ? Encoding.BigEndianUnicode.GetBytes(text) : data;
                var length = headerBytes.Length + body.Length;
                if (length > MaxOctets)
                {
                    throw PduFormatException.BadText($"The user data needs {length} octets, more than the {MaxOctets} one PDU holds.");
                }

                output.Add((byte)length);
                output.AddRange(headerBytes);
                output.AddRange(body);
                break;
        }
    }
}
