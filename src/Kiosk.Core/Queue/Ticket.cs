namespace Kiosk.Core.Queue;

/// <summary>A queue ticket. Immutable: every change is a new version, stored with its event.</summary>
public sealed record Ticket
{
    /// <summary>Unique across days: <c>2026-11-23/A-017</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The office's local day the ticket belongs to, ISO <c>yyyy-MM-dd</c>.</summary>
    public required string ServiceDay { get; init; }

    /// <summary>What is printed and called out: <c>A-017</c>; unique within a day.</summary>
    public required string Code { get; init; }

    public required string Service { get; init; }

    public required int Number { get; init; }

    public Priority Priority { get; init; }

    public Channel Channel { get; init; }

    /// <summary>E.164, only when the citizen gave one (SMS tickets always have it).</summary>
    public string? Phone { get; init; }

    public TicketState State { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? CalledAt { get; init; }

    public string? Counter { get; init; }

    /// <summary>1 for the day's first call, 2 for the second...: the calling order, even within one millisecond.</summary>
    public int CallSequence { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>1 when issued, +1 on every change; the outbox event's sequence.</summary>
    public int Version { get; init; } = 1;

    public bool IsPriority => Priority != Priority.None;

    public static string FormatCode(string service, int number) => $"{service}-{number:000}";

    public static string FormatId(DateOnly day, string code) => $"{day:yyyy-MM-dd}/{code}";
}
