namespace Kiosk.Core.Sms.Replies;

/// <summary>
/// A complaint's lifecycle step as the citizen reads it. The domain's own status maps onto this one to one;
/// the reply layer keeps its own enum so it does not depend on the complaint domain.
/// </summary>
public enum ComplaintStatusName
{
    /// <summary>DITERIMA: stored on the kiosk.</summary>
    Received,

    /// <summary>TERKIRIM: accepted upstream.</summary>
    Forwarded,

    /// <summary>DIVERIFIKASI.</summary>
    Verified,

    /// <summary>DIPROSES.</summary>
    InProgress,

    /// <summary>SELESAI.</summary>
    Done,

    /// <summary>DITOLAK.</summary>
    Rejected,
}
