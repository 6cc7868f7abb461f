namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>TP-DCS for SMS (TS 23.038 §4): alphabet, optional class, compression.</summary>
public readonly record struct DataCodingScheme(SmsAlphabet Alphabet, MessageClass? Class, bool Compressed, byte Value)
{
    public static DataCodingScheme Gsm7 => Create(SmsAlphabet.Gsm7, null);

    public static DataCodingScheme Ucs2 => Create(SmsAlphabet.Ucs2, null);

    /// <summary>The general-group DCS octet for an alphabet and an optional class (0x10 | class for class 0 flash).</summary>
    public static DataCodingScheme Create(SmsAlphabet alphabet, MessageClass? messageClass)
    {
        var value = (byte)((int)alphabet << 2);
        if (messageClass is { } c)
        {
            value |= (byte)(0x10 | (int)c);
        }

        return new DataCodingScheme(alphabet, messageClass, false, value);
    }

    public static DataCodingScheme Parse(byte value)
    {
        var group = value >> 4;
        switch (group)
        {
            case <= 0x7: // 00xx general data coding, 01xx automatic deletion
                var compressed = (value & 0x20) != 0;
                var hasClass = (value & 0x10) != 0;
                var alphabetBits = (value >> 2) & 0x03;
                var alphabet = alphabetBits switch
                {
                    1 => SmsAlphabet.EightBit,
                    2 => SmsAlphabet.Ucs2,
                    _ => SmsAlphabet.Gsm7, // 11 is reserved: read as the default alphabet
                };
                return new DataCodingScheme(alphabet, hasClass ? (MessageClass)(value & 0x03) : null, compressed, value);
            case 0xC or 0xD: // message waiting indication, default alphabet
                return new DataCodingScheme(SmsAlphabet.Gsm7, null, false, value);
            case 0xE: // message waiting indication, UCS2
                return new DataCodingScheme(SmsAlphabet.Ucs2, null, false, value);
            case 0xF: // data coding / message class
                var eightBit = (value & 0x04) != 0;
                return new DataCodingScheme(eightBit ? SmsAlphabet.EightBit : SmsAlphabet.Gsm7, (MessageClass)(value & 0x03), false, value);
            default: // 1000..1011 reserved: the default alphabet, per TS 23.038
                return new DataCodingScheme(SmsAlphabet.Gsm7, null, false, value);
        }
    }
}
