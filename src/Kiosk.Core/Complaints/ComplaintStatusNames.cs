namespace Kiosk.Core.Complaints;

/// <summary>
/// The one table of complaint status names, as citizens see them and as they travel in the sync
/// protocol (docs/sync-protocol.md, "Status values"). Never derived from the enum's names.
/// </summary>
public static class ComplaintStatusNames
{
    private static readonly (ComplaintStatus Status, string Name)[] Table =
    [
        (ComplaintStatus.Diterima, "DITERIMA"),
        (ComplaintStatus.Terkirim, "TERKIRIM"),
        (ComplaintStatus.Diverifikasi, "DIVERIFIKASI"),
        (ComplaintStatus.Diproses, "DIPROSES"),
        (ComplaintStatus.Selesai, "SELESAI"),
        (ComplaintStatus.Ditolak, "DITOLAK"),
    ];

    /// <summary>Every status name, in lifecycle order (DITOLAK last).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>The upper-case name: DITERIMA, TERKIRIM, ...</summary>
    public static string ToWire(ComplaintStatus status)
    {
        foreach (var (s, name) in Table)
        {
            if (s == status)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(status), status, "Not a complaint status.");
    }

    /// <summary>Reads a status name (case and surrounding spaces ignored).</summary>
    public static bool TryParse(string? name, out ComplaintStatus status)
    {
        var trimmed = name?.Trim();
        foreach (var (s, n) in Table)
        {
            if (string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }
}
