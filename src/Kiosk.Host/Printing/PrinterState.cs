using Kiosk.Hardware.Printer;

namespace Kiosk.Host.Printing;

/// <summary>What the kiosk last learned about its printer: for /healthz, the UI and the LED.</summary>
public sealed class PrinterState
{
    private readonly Lock _gate = new();
    private PrinterStatus _status = PrinterStatus.Unknown;
    private PrinterError? _error;
    private DateTimeOffset? _at;

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

    public void Report(PrinterStatus status, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(status);
        lock (_gate)
        {
            _status = status;
            _error = null;
            _at = at;
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
