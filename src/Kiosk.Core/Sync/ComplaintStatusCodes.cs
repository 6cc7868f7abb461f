namespace Kiosk.Core.Sync;

/// <summary>The complaint status values of the wire protocol.</summary>
public static class ComplaintStatusCodes
{
    /// <summary>Stored on the kiosk; never sent by the upstream.</summary>
    public const string Diterima = "DITERIMA";

    /// <summary>Accepted upstream; the device sets it when its complaint.created is delivered.</summary>
    public const string Terkirim = "TERKIRIM";

    public const string Diverifikasi = "DIVERIFIKASI";
    public const string Diproses = "DIPROSES";
    public const string Selesai = "SELESAI";
    public const string Ditolak = "DITOLAK";

    /// <summary>Every status, in lifecycle order (DITOLAK last).</summary>
    public static IReadOnlyList<string> All { get; } = [Diterima, Terkirim, Diverifikasi, Diproses, Selesai, Ditolak];
}
