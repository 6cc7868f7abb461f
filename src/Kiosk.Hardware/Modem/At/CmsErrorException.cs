namespace Kiosk.Hardware.Modem.At;

/// <summary><c>+CMS ERROR: n</c>: the message service (or the network) refused the command.</summary>
public sealed class CmsErrorException : AtCommandException
{
    public CmsErrorException()
    {
    }

    public CmsErrorException(string message)
        : base(message)
    {
    }

    public CmsErrorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    private CmsErrorException(string command, CmsError code, string finalResult)
        : base(command, AtFailure.MessageServiceError, finalResult, $"The modem answered {command} with CMS error {(int)code} ({code}).")
    {
        Code = code;
    }

    public CmsError Code { get; }

    public static CmsErrorException Create(string command, CmsError code, string finalResult) => new(command, code, finalResult);
}
