namespace Kiosk.Core.Complaints;

/// <summary>A complaint's lifecycle, in order; SELESAI and DITOLAK end it.</summary>
public enum ComplaintStatus
{
    /// <summary>Stored on the kiosk.</summary>
    Diterima,

    /// <summary>Accepted upstream.</summary>
    Terkirim,
    Diverifikasi,
    Diproses,
    Selesai,
    Ditolak,
}
