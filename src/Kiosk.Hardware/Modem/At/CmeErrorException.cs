namespace Kiosk.Hardware.Modem.At;

/// <summary><c>+CME ERROR: n</c>: the mobile equipment refused the command.</summary>
public sealed class CmeErrorException : AtCommandException
{
    public CmeErrorException()
    {
    }

    public CmeErrorException(string message)
        : base(message)
    {
    }

    public CmeErrorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    private CmeErrorException(string command, CmeError code, string finalResult)
        : base(command, AtFailure.MobileEquipmentError, finalResult, $"The modem answered {command} with CME error {(int)code} ({code}).")
    {
        Code = code;
    }

    public CmeError Code { get; }

    public static CmeErrorException Create(string command, CmeError code, string finalResult) => new(command, code, finalResult);
}
