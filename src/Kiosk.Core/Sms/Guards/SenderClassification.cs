namespace Kiosk.Core.Sms.Guards;

/// <summary>
/// The kind of sender and, for a person, the number in one canonical form (<c>+628123456789</c>) so that
/// <c>0812…</c> and <c>+62812…</c> share one reply budget. Log <see cref="Kind"/>, never <see cref="Number"/>.
/// </summary>
public readonly record struct SenderClassification(SenderKind Kind, string? Number)
{
    public bool IsPerson => Kind == SenderKind.Person;
}
