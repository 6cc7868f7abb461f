namespace Kiosk.Hardware.Printer;

/// <summary>What the printer can do right now, as read by DLE EOT.</summary>
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
