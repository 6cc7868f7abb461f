namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>Hex text as modems print PDUs (upper case, no separators).</summary>
internal static class Hex
{
    public static byte[] Parse(string hex, string what)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var trimmed = hex.Trim();
        if (trimmed.Length % 2 != 0)
        {
            throw PduFormatException.Invalid(what, $"odd number of hex digits ({trimmed.Length})");
        }

        try
        {
            return Convert.FromHexString(trimmed);
        }
        catch (FormatException e)
        {
            throw new PduFormatException($"The {what} is not hexadecimal text.", e);
        }
    }

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
