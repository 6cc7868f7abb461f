namespace Kiosk.Core.Complaints;

/// <summary>Which status may follow which: forward only; SELESAI and DITOLAK are final.</summary>
public static class ComplaintStatusRules
{
    public static bool IsFinal(ComplaintStatus status) => status is ComplaintStatus.Selesai or ComplaintStatus.Ditolak;

    /// <summary>
    /// True when <paramref name="to"/> may follow <paramref name="from"/>. Upstream may skip steps
    /// (a kiosk offline for days learns only the latest), but never goes back.
    /// </summary>
    public static bool CanMove(ComplaintStatus from, ComplaintStatus to) =>
        !IsFinal(from) && (to == ComplaintStatus.Ditolak || to > from);
}
