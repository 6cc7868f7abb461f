namespace Kiosk.Core.Complaints;

/// <summary>One dated step in a complaint's history, with upstream's short public note if any.</summary>
public sealed record StatusChange(ComplaintStatus Status, DateTimeOffset At, string? Note);
