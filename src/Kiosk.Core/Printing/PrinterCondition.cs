namespace Kiosk.Core.Printing;

/// <summary>
/// What the printer can do right now: read by DLE EOT on a two-way link (Kiosk.Hardware), tracked by
/// the host, and reported in the heartbeat (wire names in <see cref="Sync.HeartbeatPrinterStates"/>).
/// </summary>
public enum PrinterCondition
{
    /// <summary>The link is one-way (or the printer was not asked), so nobody knows.</summary>
    Unknown,

    /// <summary>Ready to print.</summary>
    Online,

    /// <summary>The cover is open; close it.</summary>
    CoverOpen,

    /// <summary>The roll is empty; load paper.</summary>
    PaperOut,

    /// <summary>Offline for another reason (paper being fed by the button, waiting for recovery).</summary>
    Offline,

    /// <summary>Cutter jam, head overheat or another error; may need a power cycle.</summary>
    Error,
}
