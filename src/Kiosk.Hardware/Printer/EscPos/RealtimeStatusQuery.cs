namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>DLE EOT n: which status byte the printer sends back at once, even while busy.</summary>
public enum RealtimeStatusQuery : byte
{
    /// <summary>n = 1: printer status (bit 3 offline).</summary>
    Printer = 1,

    /// <summary>n = 2: offline cause (bit 2 cover open, bit 5 stopped by paper end, bit 6 error).</summary>
    OfflineCause = 2,

    /// <summary>n = 3: error cause (bit 3 autocutter, bit 5 unrecoverable, bit 6 auto-recoverable).</summary>
    ErrorCause = 3,

    /// <summary>n = 4: roll paper sensor (bits 2-3 near end, bits 5-6 paper end).</summary>
    RollPaperSensor = 4,
}
