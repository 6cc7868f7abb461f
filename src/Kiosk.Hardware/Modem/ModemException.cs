namespace Kiosk.Hardware.Modem;

/// <summary>
/// Root of the modem's exception family: <see cref="At.AtCommandException"/> (ERROR, timeout),
/// <see cref="At.CmeErrorException"/> and <see cref="At.CmsErrorException"/> derive from it. Only the
/// device or its link throws these; a number or text that cannot be encoded is a
/// <see cref="Pdu.PduFormatException"/>, an input error that must never trigger a modem recovery.
/// </summary>
public class ModemException : Exception
{
    public ModemException()
    {
    }

    public ModemException(string message)
        : base(message)
    {
    }

    public ModemException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The link to the modem is gone (the stream ended or failed): reopen the transport.</summary>
    public static ModemException ConnectionLost(string reason, Exception? innerException = null) =>
        new($"The modem connection was lost: {reason}.", innerException);

    /// <summary>The modem answered something the command cannot make sense of.</summary>
    public static ModemException UnexpectedResponse(string command, string response) =>
        new($"The modem answered {command} with an unexpected response: '{response}'.");
}
