using Kiosk.Core.Printing;

namespace Kiosk.Hardware.Printer.EscPos;

/// <summary>Turns the four DLE EOT reply bytes into a <see cref="PrinterStatus"/>.</summary>
public static class RealtimeStatusParser
{
    private const byte FixedMask = 0b1001_0011; // bits 0, 1, 4 and 7 are fixed in every reply
    private const byte FixedValue = 0b0001_0010; // bits 1 and 4 set, 0 and 7 clear

    /// <summary>True if <paramref name="reply"/> has the fixed bits of a DLE EOT status byte.</summary>
    public static bool IsStatusByte(byte reply) => (reply & FixedMask) == FixedValue;

    /// <summary>
    /// Reads the replies to DLE EOT 1, 2, 3 and 4. The most specific cause wins: cover open, then
    /// paper out, then error, then offline.
    /// </summary>
    public static PrinterStatus Parse(byte printer, byte offlineCause, byte errorCause, byte rollPaper)
    {
        Check(RealtimeStatusQuery.Printer, printer);
        Check(RealtimeStatusQuery.OfflineCause, offlineCause);
        Check(RealtimeStatusQuery.ErrorCause, errorCause);
        Check(RealtimeStatusQuery.RollPaperSensor, rollPaper);

        var offline = Has(printer, PrinterStatusBits.Offline);
        var coverOpen = Has(offlineCause, OfflineCauseBits.CoverOpen);
        var paperOut = Has(offlineCause, OfflineCauseBits.StoppedByPaperEnd) || Has(rollPaper, RollPaperBits.PaperEnd);
        var error = Has(offlineCause, OfflineCauseBits.ErrorOccurred)
            || Has(errorCause, ErrorCauseBits.Autocutter)
            || Has(errorCause, ErrorCauseBits.Unrecoverable)
            || Has(errorCause, ErrorCauseBits.AutoRecoverable);
        var nearEnd = Has(rollPaper, RollPaperBits.NearEnd);

        var condition = (coverOpen, paperOut, error, offline) switch
        {
            (true, _, _, _) => PrinterCondition.CoverOpen,
            (_, true, _, _) => PrinterCondition.PaperOut,
            (_, _, true, _) => PrinterCondition.Error,
            (_, _, _, true) => PrinterCondition.Offline,
            _ => PrinterCondition.Online,
        };
        return new PrinterStatus(condition, nearEnd);
    }

    private static void Check(RealtimeStatusQuery query, byte reply)
    {
        if (!IsStatusByte(reply))
        {
            throw PrinterException.InvalidStatusReply(query, reply);
        }
    }

    private static bool Has(byte reply, PrinterStatusBits bits) => (reply & (byte)bits) != 0;

    private static bool Has(byte reply, OfflineCauseBits bits) => (reply & (byte)bits) != 0;

    private static bool Has(byte reply, ErrorCauseBits bits) => (reply & (byte)bits) != 0;

    private static bool Has(byte reply, RollPaperBits bits) => (reply & (byte)bits) != 0;
}
