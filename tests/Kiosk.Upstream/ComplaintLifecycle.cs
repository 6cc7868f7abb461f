namespace Kiosk.Upstream;

/// <summary>Which status an officer may move a complaint to (docs/sync-protocol.md, "Status values").</summary>
public static class ComplaintLifecycle
{
    private static readonly string[] Forward = ["TERKIRIM", "DIVERIFIKASI", "DIPROSES", "SELESAI"];

    /// <summary>The statuses an officer can set.</summary>
    public static IReadOnlyList<string> OfficerStatuses { get; } = ["DIVERIFIKASI", "DIPROSES", "SELESAI", "DITOLAK"];

    /// <summary>Null when allowed, else why not.</summary>
    public static string? CheckTransition(string from, string to)
    {
        if (from is "SELESAI" or "DITOLAK")
        {
            return $"the complaint is already {from}";
        }

        if (to == "DITOLAK")
        {
            return null;
        }

        return Array.IndexOf(Forward, to) > Array.IndexOf(Forward, from)
            ? null
            : $"a complaint cannot go back from {from} to {to}";
    }
}
