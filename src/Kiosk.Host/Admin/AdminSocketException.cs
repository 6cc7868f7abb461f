namespace Kiosk.Host.Admin;

/// <summary>The admin socket cannot be set up: the message names <c>Kiosk:Admin:Socket</c> and why.</summary>
public sealed class AdminSocketException : IOException
{
    public AdminSocketException()
    {
    }

    public AdminSocketException(string message)
        : base(message)
    {
    }

    public AdminSocketException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
