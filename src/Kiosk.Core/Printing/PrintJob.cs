namespace Kiosk.Core.Printing;

/// <summary>
/// A ticket or receipt that did not print. Only failures are stored (the common path costs no
/// write): the retry worker prints them when the printer is back.
/// </summary>
public sealed record PrintJob
{
    /// <summary>Unique and safe as a file name: <c>ticket-2026-11-23-A-017</c>.</summary>
    public required string Id { get; init; }

    public required PrintJobKind Kind { get; init; }

    /// <summary>The ticket id (<c>2026-11-23/A-017</c>) or the complaint's compact tracking code.</summary>
    public required string Reference { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public int Attempts { get; init; }

    /// <summary>What went wrong the last time, for technicians (no personal data).</summary>
    public string? LastError { get; init; }

    /// <summary>
    /// True when a failure may have happened after bytes reached the printer: the next print is then
    /// marked CETAK ULANG, so a ticket is never printed twice without saying so.
    /// </summary>
    public bool MayHavePrinted { get; init; }

    public PrintJobState State { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}

public enum PrintJobKind
{
    QueueTicket,
    ComplaintReceipt,
}

public enum PrintJobState
{
    Pending,
    Printed,

    /// <summary>Given up: the ticket's day is over.</summary>
    Expired,
}
