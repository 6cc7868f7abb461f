namespace Kiosk.Core.Validation;

/// <summary>A change that the record's current state does not allow (serving a cancelled ticket); 409.</summary>
public sealed class StateConflictException : Exception
{
    public StateConflictException(string message, string messageId)
        : base(message)
    {
        MessageId = messageId;
    }

    public StateConflictException()
        : this("Conflict", "Tidak dapat diproses.")
    {
    }

    public StateConflictException(string message)
        : this(message, message)
    {
    }

    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        MessageId = message;
    }

    /// <summary>The same in Indonesian, for screens.</summary>
    public string MessageId { get; } = "";
}
