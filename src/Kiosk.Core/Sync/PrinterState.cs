namespace Kiosk.Core.Sync;

/// <summary>Printer state as reported upstream (wire form snake_case: <c>paper_out</c>).</summary>
public enum PrinterState
{
    Unknown,
    Ok,
    PaperOut,
    CoverOpen,
    Offline,
}
