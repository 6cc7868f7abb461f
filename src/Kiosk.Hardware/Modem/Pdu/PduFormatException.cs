namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>A PDU that cannot be decoded (or a message that cannot be encoded), saying what is wrong.</summary>
public sealed class PduFormatException : ModemException
{
    public PduFormatException()
    {
    }

    public PduFormatException(string message)
        : base(message)
    {
    }

    public PduFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal static PduFormatException Truncated(string field, int offset, int needed, int available) =>
        new($"The PDU ends inside {field}: {needed} octet(s) needed at offset {offset}, {available} left.");

    internal static PduFormatException Invalid(string field, string reason) =>
        new($"The PDU has an invalid {field}: {reason}.");
}
