namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>Reads octets from a PDU, throwing <see cref="PduFormatException"/> instead of running off its end.</summary>
internal sealed class PduReader(byte[] data)
{
    public int Position { get; private set; }

    public int Remaining => data.Length - Position;

    public byte ReadByte(string field)
    {
        Require(field, 1);
        return data[Position++];
    }

    public byte[] ReadBytes(string field, int count)
    {
        Require(field, count);
        var bytes = data.AsSpan(Position, count).ToArray();
        Position += count;
        return bytes;
    }

    public byte[] ReadRest() => ReadBytes("the rest", Remaining);

    private void Require(string field, int count)
    {
        if (count > Remaining)
        {
            throw PduFormatException.Truncated(field, Position, count, Remaining);
        }
    }
}
