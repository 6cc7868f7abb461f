namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>TP-SCTS / TP-DT: seven swapped-BCD octets, the zone in signed quarter hours (TS 23.040 §9.2.3.11).</summary>
internal static class ServiceCentreTimestamp
{
    public static DateTimeOffset Read(PduReader reader, string field)
    {
        var octets = reader.ReadBytes(field, 7);
        var year = 2000 + Bcd(octets[0], field, "year");
        var month = Bcd(octets[1], field, "month");
        var day = Bcd(octets[2], field, "day");
        var hour = Bcd(octets[3], field, "hour");
        var minute = Bcd(octets[4], field, "minute");
        var second = Bcd(octets[5], field, "second");
        var zone = octets[6];
        var quarters = ((zone & 0x07) * 10) + (zone >> 4);
        if ((zone >> 4) > 9)
        {
            throw PduFormatException.Invalid(field, $"time zone octet 0x{zone:X2}");
        }

        if ((zone & 0x08) != 0)
        {
            quarters = -quarters;
        }

        if (Math.Abs(quarters) > 14 * 4)
        {
            throw PduFormatException.Invalid(field, $"time zone of {quarters} quarter hours");
        }

        try
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(quarters * 15));
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new PduFormatException(
                $"The PDU has an invalid {field}: {year:D4}-{month:D2}-{day:D2} {hour:D2}:{minute:D2}:{second:D2}.", e);
        }
    }

    public static void Write(List<byte> output, DateTimeOffset time)
    {
        output.Add(Swap(time.Year % 100));
        output.Add(Swap(time.Month));
        output.Add(Swap(time.Day));
        output.Add(Swap(time.Hour));
        output.Add(Swap(time.Minute));
        output.Add(Swap(time.Second));
        var quarters = (int)(time.Offset.TotalMinutes / 15);
        var magnitude = Math.Abs(quarters);
        var zone = (byte)(((magnitude / 10) & 0x07) | ((magnitude % 10) << 4));
        if (quarters < 0)
        {
            zone |= 0x08;
        }

        output.Add(zone);
    }

    private static byte Swap(int value) => (byte)((value / 10) | ((value % 10) << 4));

    private static int Bcd(byte octet, string field, string part)
    {
        var tens = octet & 0x0F;
        var units = octet >> 4;
        if (tens > 9 || units > 9)
        {
            throw PduFormatException.Invalid(field, $"{part} octet 0x{octet:X2} is not decimal");
        }

        return (tens * 10) + units;
    }
}
