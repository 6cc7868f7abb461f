namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>
/// A PDU that cannot be decoded, or an input (a number, a text, a USSD code) that cannot be encoded,
/// saying what is wrong. An input error, not a device error: it is not a <see cref="ModemException"/>,
/// so it never makes anyone reconnect or reset the modem. <see cref="Input"/> says which input was bad.
/// </summary>
public sealed class PduFormatException : FormatException
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

    public PduFormatException(PduInput input, string message)
        : base(message)
    {
        Input = input;
    }

    /// <summary>What was malformed: a received PDU (the default) or one of the inputs to encode.</summary>
    public PduInput Input { get; }

    internal static PduFormatException Truncated(string field, int offset, int needed, int available) =>
        new($"The PDU ends inside {field}: {needed} octet(s) needed at offset {offset}, {available} left.");

    internal static PduFormatException Invalid(string field, string reason) =>
        new($"The PDU has an invalid {field}: {reason}.");

    /// <summary>A destination or originator that no address field can hold.</summary>
    internal static PduFormatException BadAddress(string reason) => new(PduInput.Address, reason);

    /// <summary>A message text that does not fit the chosen coding.</summary>
    internal static PduFormatException BadText(string reason) => new(PduInput.Text, reason);

    /// <summary>A USSD code that cannot be sent packed.</summary>
    internal static PduFormatException BadUssd(string reason) => new(PduInput.Ussd, reason);
}
