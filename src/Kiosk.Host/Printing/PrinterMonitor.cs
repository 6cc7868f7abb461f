using Kiosk.Core.Printing;
using Kiosk.Hardware.Printer;

namespace Kiosk.Host.Printing;

/// <summary>What the kiosk last learned about its printer: for /healthz, the UI and the LED.</summary>
public sealed class PrinterMonitor
{
    private readonly Lock _gate = new();
    private PrinterStatus _status = PrinterStatus.Unknown;
    private PrinterError? _error;
    private DateTimeOffset? _at;
    private bool _printed;

    public (PrinterStatus Status, PrinterError? Error, DateTimeOffset? At) Current
    {
        get
        {
            lock (_gate)
            {
                return (_status, _error, _at);
            }
        }
    }

    /// <summary>
    /// The resident-facing problem: paper_out, cover_open, offline, error — or null when a ticket can
    /// print (or nothing is known yet).
    /// </summary>
    public string? Problem
    {
        get
        {
            var (status, error, _) = Current;
            return ProblemOf(status, error);
        }
    }

    /// <summary>
    /// What the kiosk knows of the printer's condition, for the heartbeat: the status it read, else
    /// the last failure (a one-way USB printer that failed a write is not "ok" because nobody can ask
    /// it), else Online after a print that went through, else Unknown.
    /// </summary>
    public PrinterCondition Known
    {
        get
        {
            lock (_gate)
            {
                return _status.Condition switch
                {
                    not PrinterCondition.Unknown => _status.Condition,
                    _ when _error is not null => PrinterCondition.Offline,
                    _ when _printed => PrinterCondition.Online,
                    _ => PrinterCondition.Unknown,
                };
            }
        }
    }

    /// <summary>
    /// A status read without printing. On a one-way link it is Unknown and says nothing new: the last
    /// print's failure stays until a print goes through.
    /// </summary>
    public void Report(PrinterStatus status, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(status);
        lock (_gate)
        {
            if (status.Condition == PrinterCondition.Unknown && (_error is not null || _printed))
            {
                return;
            }

            _status = status;
            _error = null;
            _at = at;
        }
    }

    /// <summary>A job reached the printer, with the status read just before it (Unknown on one-way links).</summary>
    public void ReportPrinted(PrinterStatus status, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(status);
        lock (_gate)
        {
            _status = status;
            _error = null;
            _at = at;
            _printed = true;
        }
    }

    public void Report(PrinterException failure, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (_gate)
        {
            _status = failure.Status ?? PrinterStatus.Unknown;
            _error = failure.Error;
            _at = at;
            _printed = false;
        }
    }

    public static string? ProblemOf(PrinterStatus status, PrinterError? error)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Condition switch
        {
            PrinterCondition.PaperOut => "paper_out",
            PrinterCondition.CoverOpen => "cover_open",
            PrinterCondition.Offline => "offline",
            PrinterCondition.Error => "error",
            _ when error is not null => "offline",
            _ => null,
        };
    }
}
