using Kiosk.Core.Printing;

namespace Kiosk.Core.Sync;

/// <summary>
/// The heartbeat's <c>printer.state</c> values (docs/sync-protocol.md): the one table between
/// <see cref="PrinterCondition"/> and the wire. The contract has no <c>error</c>: a printer in error
/// cannot print, so it is reported <c>offline</c>.
/// </summary>
public static class HeartbeatPrinterStates
{
    public const string Ok = "ok";
    public const string PaperOut = "paper_out";
    public const string CoverOpen = "cover_open";
    public const string Offline = "offline";
    public const string Unknown = "unknown";

    public static string ToWire(PrinterCondition condition) => condition switch
    {
        PrinterCondition.Online => Ok,
        PrinterCondition.PaperOut => PaperOut,
        PrinterCondition.CoverOpen => CoverOpen,
        PrinterCondition.Offline or PrinterCondition.Error => Offline,
        _ => Unknown,
    };

    public static bool TryParse(string? wire, out PrinterCondition condition)
    {
        condition = wire switch
        {
            Ok => PrinterCondition.Online,
            PaperOut => PrinterCondition.PaperOut,
            CoverOpen => PrinterCondition.CoverOpen,
            Offline => PrinterCondition.Offline,
            Unknown => PrinterCondition.Unknown,
            _ => (PrinterCondition)(-1),
        };
        return Enum.IsDefined(condition);
    }
}
