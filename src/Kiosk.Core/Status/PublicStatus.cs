namespace Kiosk.Core.Status;

/// <summary>
/// What anyone holding a code may see: the status and its dated history, never a name, NIK,
/// phone or complaint text.
/// </summary>
public sealed record PublicStatus(string Code, StatusKind Kind, string Status, IReadOnlyList<PublicStatusStep> History);

public sealed record PublicStatusStep(string Status, DateTimeOffset At, string? Note);

public enum StatusKind
{
    Complaint,
    Ticket,
}
