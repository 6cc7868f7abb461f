using Kiosk.Core.Printing;

namespace Kiosk.Hardware.Printer;

/// <summary>The printer's condition plus the paper near-end warning, which does not stop printing.</summary>
public sealed record PrinterStatus(PrinterCondition Condition, bool PaperNearEnd)
{
    /// <summary>The status of a one-way link: nothing can be read back.</summary>
    public static PrinterStatus Unknown { get; } = new(PrinterCondition.Unknown, PaperNearEnd: false);

    /// <summary>True when a job sent now is expected to come out (or nobody can tell otherwise).</summary>
    public bool CanPrint => Condition is PrinterCondition.Online or PrinterCondition.Unknown;
}
