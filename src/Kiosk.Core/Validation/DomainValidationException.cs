namespace Kiosk.Core.Validation;

/// <summary>Input that the domain refuses, field by field; the web answers it with 400.</summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException(IReadOnlyList<FieldError> errors)
        : base("Invalid input: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Code}")))
    {
        Errors = errors;
    }

    public DomainValidationException(FieldError error)
        : this([error])
    {
    }

    public DomainValidationException()
        : this([])
    {
    }

    public DomainValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public DomainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<FieldError> Errors { get; } = [];
}
