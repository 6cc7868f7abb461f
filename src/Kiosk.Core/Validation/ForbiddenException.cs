namespace Kiosk.Core.Validation;

/// <summary>A caller acting outside what it may do (a counter calling a service it does not serve); 403.</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException(string message, string messageId)
        : base(message)
    {
        MessageId = messageId;
    }

    public ForbiddenException()
        : this("Forbidden", "Tidak diizinkan.")
    {
    }

    public ForbiddenException(string message)
        : this(message, message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
        MessageId = message;
    }

    /// <summary>The same in Indonesian, for screens.</summary>
    public string MessageId { get; } = "";
}
