namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>Packs GSM-7 septets into octets (LSB first, TS 23.038 §6.1.2.1) from a bit offset.</summary>
public static class SeptetPacking
{
    /// <summary>
    /// Packs <paramref name="septets"/> starting <paramref name="bitOffset"/> bits into the result;
    /// the first bits stay zero (room for a UDH and its fill bits).
    /// </summary>
    public static byte[] Pack(ReadOnlySpan<byte> septets, int bitOffset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitOffset);
        var totalBits = bitOffset + (septets.Length * 7);
        var packed = new byte[(totalBits + 7) / 8];
        var bit = bitOffset;
        foreach (var septet in septets)
        {
            var value = septet & 0x7F;
            var index = bit / 8;
            var shift = bit % 8;
            packed[index] |= (byte)(value << shift);
            if (shift > 1)
            {
                packed[index + 1] |= (byte)(value >> (8 - shift));
            }

            bit += 7;
        }

        return packed;
    }

    /// <summary>Reads <paramref name="count"/> septets starting at <paramref name="bitOffset"/>.</summary>
    public static byte[] Unpack(ReadOnlySpan<byte> packed, int count, int bitOffset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitOffset);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (bitOffset + (count * 7) > packed.Length * 8)
        {
            throw new PduFormatException(
                $"{count} septet(s) from bit {bitOffset} need {(bitOffset + (count * 7) + 7) / 8} octet(s), only {packed.Length} present.");
        }

        var septets = new byte[count];
        var bit = bitOffset;
        for (var i = 0; i < count; i++)
        {
            var index = bit / 8;
            var shift = bit % 8;
            var value = packed[index] >> shift;
            if (shift > 1)
            {
                value |= packed[index + 1] << (8 - shift);
            }

            septets[i] = (byte)(value & 0x7F);
            bit += 7;
        }

        return septets;
    }
}
