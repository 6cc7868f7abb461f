namespace Kiosk.Hardware.Modem.At;

/// <summary>An AT command that failed: ERROR, a CME/CMS error (subclasses) or a timeout.</summary>
public class AtCommandException : ModemException
{
    public AtCommandException()
    {
    }

    public AtCommandException(string message)
        : base(message)
    {
    }

    public AtCommandException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    protected AtCommandException(string command, AtFailure failure, string finalResult, string message)
        : base(message)
    {
        Command = command;
        Failure = failure;
        FinalResult = finalResult;
    }

    /// <summary>The command line as sent, e.g. <c>AT+CMGS=23</c>.</summary>
    public string Command { get; } = "";

    public AtFailure Failure { get; }

    /// <summary>The final result line the modem sent, or empty on timeout.</summary>
    public string FinalResult { get; } = "";

    public static AtCommandException Error(string command, string finalResult) =>
        new(command, AtFailure.Error, finalResult, $"The modem answered {command} with {finalResult}.");

    public static AtCommandException Timeout(string command, TimeSpan timeout) =>
        new(command, AtFailure.Timeout, "", $"The modem did not answer {command} within {timeout.TotalSeconds:0.###} s.");
}
