namespace Kiosk.Core.Sync;

/// <summary>
/// A complaint status change decided upstream. <see cref="Status"/> is one of
/// <see cref="Complaints.ComplaintStatusNames"/>; <see cref="Note"/> is a short public note, safe to show and
/// to send by SMS.
/// </summary>
public sealed record StatusUpdate(string TrackingCode, string Status, DateTimeOffset At, string? Note);
