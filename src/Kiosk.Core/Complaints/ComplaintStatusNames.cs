namespace Kiosk.Core.Complaints;

/// <summary>
/// The one table of complaint status names, as citizens see them and as they travel in the sync
/// protocol (docs/sync-protocol.md, "Status values"). Never derived from the enum's names.
/// </summary>
public static class ComplaintStatusNames
{
    /// <summary>The table, through the same <see cref="WireNames{TEnum}"/> as every other enum on the wire.</summary>
    public static WireNames<ComplaintStatus> Wire { get; } = new(
        (ComplaintStatus.Diterima, "DITERIMA"),
        (ComplaintStatus.Terkirim, "TERKIRIM"),
        (ComplaintStatus.Diverifikasi, "DIVERIFIKASI"),
        (ComplaintStatus.Diproses, "DIPROSES"),
        (ComplaintStatus.Selesai, "SELESAI"),
        (ComplaintStatus.Ditolak, "DITOLAK"));

    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<ComplaintStatus>().Select(Wire.ToWire)];

    public static string ToWire(ComplaintStatus status) => Wire.ToWire(status);

    /// <summary>Forgiving as the upstream may be: any case, surrounding spaces.</summary>
    public static bool TryParse(string? name, out ComplaintStatus status) =>
        Wire.TryParse(name?.Trim().ToUpperInvariant(), out status);
}
