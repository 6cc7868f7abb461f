namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>DLE EOT 1 reply bits.</summary>
[Flags]
internal enum PrinterStatusBits : byte
{
    None = 0,
    DrawerPin3High = 0x04,
    Offline = 0x08,
    WaitingForRecovery = 0x20,
    FeedButtonPressed = 0x40,
}

/// <summary>DLE EOT 2 reply bits.</summary>
[Flags]
internal enum OfflineCauseBits : byte
{
    None = 0,
    CoverOpen = 0x04,
    FeedingByButton = 0x08,
    StoppedByPaperEnd = 0x20,
    ErrorOccurred = 0x40,
}

/// <summary>DLE EOT 3 reply bits.</summary>
[Flags]
internal enum ErrorCauseBits : byte
{
    None = 0,
    Autocutter = 0x08,
    Unrecoverable = 0x20,
    AutoRecoverable = 0x40,
}

/// <summary>DLE EOT 4 reply bits (each condition sets two adjacent bits).</summary>
[Flags]
internal enum RollPaperBits : byte
{
    None = 0,
    NearEnd = 0x0C,
    PaperEnd = 0x60,
}
