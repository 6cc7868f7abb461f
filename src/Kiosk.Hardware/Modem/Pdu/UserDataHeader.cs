namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>One information element of a user data header.</summary>
public sealed record InformationElement(byte Identifier, byte[] Data);

/// <summary>TP-UDH (TS 23.040 §9.2.3.24): information elements, of which concatenation is the one we act on.</summary>
public sealed record UserDataHeader(IReadOnlyList<InformationElement> Elements)
{
    private const byte Concatenation8Bit = 0x00;
    private const byte Concatenation16Bit = 0x08;

    /// <summary>The concatenation element, if any.</summary>
    public ConcatenationInfo? Concatenation
    {
        get
        {
            foreach (var element in Elements)
            {
                if (element.Identifier == Concatenation8Bit && element.Data.Length == 3)
                {
                    return new ConcatenationInfo(element.Data[0], element.Data[1], element.Data[2]);
                }

                if (element.Identifier == Concatenation16Bit && element.Data.Length == 4)
                {
                    return new ConcatenationInfo((element.Data[0] << 8) | element.Data[1], element.Data[2], element.Data[3], true);
                }
            }

            return null;
        }
    }

    /// <summary>Encoded length including the UDHL octet.</summary>
    public int EncodedLength => 1 + Elements.Sum(e => 2 + e.Data.Length);

    public static UserDataHeader ForConcatenation(ConcatenationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var element = info.SixteenBitReference
            ? new InformationElement(Concatenation16Bit, [(byte)(info.Reference >> 8), (byte)info.Reference, (byte)info.Total, (byte)info.Sequence])
            : new InformationElement(Concatenation8Bit, [(byte)info.Reference, (byte)info.Total, (byte)info.Sequence]);
        return new UserDataHeader([element]);
    }

    public byte[] Encode()
    {
        var bytes = new List<byte>(EncodedLength) { (byte)(EncodedLength - 1) };
        foreach (var element in Elements)
        {
            bytes.Add(element.Identifier);
            bytes.Add((byte)element.Data.Length);
            bytes.AddRange(element.Data);
        }

        return [.. bytes];
    }

    /// <summary>Parses the header at the start of <paramref name="userData"/> (UDHL first).</summary>
    internal static UserDataHeader Parse(ReadOnlySpan<byte> userData)
    {
        if (userData.Length == 0)
        {
            throw PduFormatException.Invalid("user data header", "the UDHI flag is set but the user data is empty");
        }

        var length = userData[0];
        if (length + 1 > userData.Length)
        {
            throw PduFormatException.Invalid("user data header", $"UDHL {length} is longer than the {userData.Length - 1} octet(s) of user data");
        }

        var elements = new List<InformationElement>();
        var position = 1;
        while (position < length + 1)
        {
            if (position + 2 > length + 1)
            {
                throw PduFormatException.Invalid("user data header", $"information element at octet {position} has no length");
            }

            var identifier = userData[position];
            var size = userData[position + 1];
            if (position + 2 + size > length + 1)
            {
                throw PduFormatException.Invalid("user data header", $"element 0x{identifier:X2} claims {size} octet(s) beyond the header");
            }

            elements.Add(new InformationElement(identifier, userData.Slice(position + 2, size).ToArray()));
            position += 2 + size;
        }

        var header = new UserDataHeader(elements);
        if (header.Concatenation is { } concatenation
            && (concatenation.Total == 0 || concatenation.Sequence == 0 || concatenation.Sequence > concatenation.Total))
        {
            throw PduFormatException.Invalid(
                "concatenation element", $"part {concatenation.Sequence} of {concatenation.Total}");
        }

        return header;
    }
}
