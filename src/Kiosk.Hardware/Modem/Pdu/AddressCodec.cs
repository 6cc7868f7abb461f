using Kiosk.Core.Sms.Encoding;

namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>Address fields: semi-octet digits or packed alphanumerics (TS 23.040 §9.1.2.5).</summary>
internal static class AddressCodec
{
    private const string SemiOctetDigits = "0123456789*#abc";

    /// <summary>TP-OA / TP-DA / TP-RA: the length counts useful semi-octets.</summary>
    public static SmsAddress ReadAddress(PduReader reader, string field)
    {
        var semiOctets = reader.ReadByte(field + " length");
        var typeOctet = reader.ReadByte(field + " type");
        var octets = reader.ReadBytes(field, (semiOctets + 1) / 2);
        return Decode(typeOctet, octets, semiOctets, field);
    }

    /// <summary>The SMSC prefix: the length counts octets (type included); 0 means "none".</summary>
    public static SmsAddress? ReadServiceCentre(PduReader reader)
    {
        var length = reader.ReadByte("SMSC length");
        if (length == 0)
        {
            return null;
        }

        if (length > 12)
        {
            throw PduFormatException.Invalid("SMSC length", $"{length} octets (at most 12)");
        }

        var typeOctet = reader.ReadByte("SMSC type");
        var octets = reader.ReadBytes("SMSC", length - 1);
        var semiOctets = octets.Length * 2;
        if (octets.Length > 0 && (octets[^1] & 0xF0) == 0xF0)
        {
            semiOctets--;
        }

        return Decode(typeOctet, octets, semiOctets, "SMSC");
    }

    public static void WriteAddress(List<byte> output, SmsAddress address)
    {
        var (semiOctets, body) = EncodeBody(address);
        output.Add((byte)semiOctets);
        output.Add(TypeOctet(address));
        output.AddRange(body);
    }

    public static void WriteServiceCentre(List<byte> output, SmsAddress? address)
    {
        if (address is null)
        {
            output.Add(0);
            return;
        }

        var (_, body) = EncodeBody(address);
        output.Add((byte)(body.Length + 1));
        output.Add(TypeOctet(address));
        output.AddRange(body);
    }

    private static byte TypeOctet(SmsAddress address) =>
        (byte)(0x80 | ((byte)address.Type << 4) | (byte)address.Plan);

    private static (int SemiOctets, byte[] Body) EncodeBody(SmsAddress address)
    {
        if (address.Type == TypeOfNumber.Alphanumeric)
        {
            if (!Gsm7.Fits(address.Number))
            {
                throw PduFormatException.BadAddress($"The alphanumeric address '{address.Number}' is not GSM-7 text.");
            }

            var septets = Gsm7.ToSeptets(address.Number);
            if (septets.Length > 11)
            {
                throw PduFormatException.BadAddress($"The alphanumeric address '{address.Number}' is longer than 11 septets.");
            }

            return (((septets.Length * 7) + 3) / 4, SeptetPacking.Pack(septets));
        }

        var digits = address.Number.StartsWith('+') ? address.Number[1..] : address.Number;
        if (digits.Length > 20)
        {
            throw PduFormatException.BadAddress($"The address has {digits.Length} digits (at most 20).");
        }

        var body = new byte[(digits.Length + 1) / 2];
        for (var i = 0; i < digits.Length; i++)
        {
            var nibble = SemiOctetDigits.IndexOf(digits[i], StringComparison.Ordinal);
            if (nibble < 0)
            {
                throw PduFormatException.BadAddress($"The address contains '{digits[i]}', which is not a dialling digit.");
            }

            body[i / 2] |= (byte)(i % 2 == 0 ? nibble : nibble << 4);
        }

        if (digits.Length % 2 == 1)
        {
            body[^1] |= 0xF0;
        }

        return (digits.Length, body);
    }

    private static SmsAddress Decode(byte typeOctet, byte[] octets, int semiOctets, string field)
    {
        var type = (TypeOfNumber)((typeOctet >> 4) & 0x07);
        var plan = (NumberingPlan)(typeOctet & 0x0F);

        // TS 23.040 9.1.2.5: an address field is at most 12 octets, so at most 20 semi-octets (digits)
        // or 11 septets; anything longer is not an address, and could not be written back.
        if (semiOctets > 20)
        {
            throw PduFormatException.Invalid(field, $"{semiOctets} semi-octets (at most 20)");
        }

        if (type == TypeOfNumber.Alphanumeric)
        {
            var septets = SeptetPacking.Unpack(octets, semiOctets * 4 / 7);
            return new SmsAddress(Gsm7.FromSeptets(septets), type, plan);
        }

        var digits = new System.Text.StringBuilder(semiOctets + 1);
        if (type == TypeOfNumber.International)
        {
            digits.Append('+');
        }

        for (var i = 0; i < semiOctets; i++)
        {
            var nibble = i % 2 == 0 ? octets[i / 2] & 0x0F : octets[i / 2] >> 4;
            if (nibble == 0x0F)
            {
                if (i == semiOctets - 1)
                {
                    break; // filler of an odd-length number
                }

                throw PduFormatException.Invalid(field, $"filler semi-octet inside the number at digit {i + 1}");
            }

            digits.Append(SemiOctetDigits[nibble]);
        }

        return new SmsAddress(digits.ToString(), type, plan);
    }
}
