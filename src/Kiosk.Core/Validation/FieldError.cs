namespace Kiosk.Core.Validation;

/// <summary>
/// What is wrong with one field a person filled in: a stable <see cref="Code"/> for screens that
/// translate, and the message in plain Indonesian to show next to the field.
/// </summary>
public sealed record FieldError(string Field, string Code, string Message);
