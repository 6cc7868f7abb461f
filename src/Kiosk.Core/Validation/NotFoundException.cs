namespace Kiosk.Core.Validation;

/// <summary>A well-formed code that names nothing we hold; the web answers it with 404.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string code)
        : base($"Nothing is known by the code '{code}'.")
    {
        Code = code;
    }

    public NotFoundException()
        : this("")
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "";
    }

    public string Code { get; } = "";
}
