using Kiosk.Core.Printing;

namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>
/// The inverse of <see cref="RealtimeStatusParser"/>: the four DLE EOT reply bytes a printer in a
/// given state sends. Used by the virtual printer and by anything that plays a printer.
/// </summary>
public static class RealtimeStatusReplies
{
    private const byte Fixed = 0x12;

    public static byte For(PrinterStatus status, RealtimeStatusQuery query)
    {
        ArgumentNullException.ThrowIfNull(status);
        var offline = status.Condition is not (PrinterCondition.Online or PrinterCondition.Unknown);
        return query switch
        {
            RealtimeStatusQuery.Printer => (byte)(Fixed | (offline ? (byte)PrinterStatusBits.Offline : 0)),
            RealtimeStatusQuery.OfflineCause => (byte)(Fixed | status.Condition switch
            {
                PrinterCondition.CoverOpen => (byte)OfflineCauseBits.CoverOpen,
                PrinterCondition.PaperOut => (byte)OfflineCauseBits.StoppedByPaperEnd,
                PrinterCondition.Error => (byte)OfflineCauseBits.ErrorOccurred,
                _ => 0,
            }),
            RealtimeStatusQuery.ErrorCause => (byte)(Fixed | (status.Condition == PrinterCondition.Error ? (byte)ErrorCauseBits.Unrecoverable : 0)),
            RealtimeStatusQuery.RollPaperSensor => (byte)(Fixed
                | (status.Condition == PrinterCondition.PaperOut ? (byte)RollPaperBits.PaperEnd : 0)
                | (status.PaperNearEnd || status.Condition == PrinterCondition.PaperOut ? (byte)RollPaperBits.NearEnd : 0)),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query, "DLE EOT n takes n = 1 to 4."),
        };
    }
}
