using Kiosk.Core.Printing;
using Kiosk.Hardware.Printer.Transports;
using Microsoft.Extensions.Logging;

namespace Kiosk.Hardware.Printer;

/// <summary>
/// What the host calls to print: opens a link through the configured transport for each job, checks
/// the status where the link is two-way, sends the job and closes the link. A printer that reports
/// paper out, cover open, offline or an error gets no bytes: <see cref="PrinterError.NotReady"/> is
/// thrown with the status, so the caller's job store keeps the job for a retry without risk of a
/// half-printed ticket.
/// </summary>
public sealed partial class KioskPrinter
{
    private const string StatusJobId = "status";

    private readonly IPrinterTransport _transport;
    private readonly PrinterOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<KioskPrinter> _logger;

    public KioskPrinter(IPrinterTransport transport, PrinterOptions options, TimeProvider timeProvider, ILogger<KioskPrinter> logger)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _transport = transport;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Prints <paramref name="job"/> and returns the status read just before (Unknown on one-way links).</summary>
    public async Task<PrinterStatus> PrintAsync(string jobId, byte[] job, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        ArgumentNullException.ThrowIfNull(job);
        await using var link = await _transport.OpenAsync(jobId, cancellationToken);
        await using var printer = new EscPosPrinter(link.Stream, leaveOpen: true, _timeProvider) { StatusTimeout = _options.StatusTimeout };
        var status = await printer.ReadStatusAsync(cancellationToken);
        if (!status.CanPrint)
        {
            LogNotReady(jobId, _transport.Description, status.Condition);
            throw PrinterException.NotReady(status);
        }

        await printer.PrintAsync(job, cancellationToken);
        LogPrinted(jobId, job.Length, _transport.Description, status.Condition);
        if (status.PaperNearEnd)
        {
            LogPaperNearEnd(_transport.Description);
        }

        return status;
    }

    /// <summary>Reads the printer's status without printing (for /healthz and the doctor command).</summary>
    public async Task<PrinterStatus> ReadStatusAsync(CancellationToken cancellationToken)
    {
        await using var link = await _transport.OpenAsync(StatusJobId, cancellationToken);
        await using var printer = new EscPosPrinter(link.Stream, leaveOpen: true, _timeProvider) { StatusTimeout = _options.StatusTimeout };
        return await printer.ReadStatusAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Printed job {JobId} ({Bytes} bytes) on {Printer}, status {Condition}")]
    private partial void LogPrinted(string jobId, int bytes, string printer, PrinterCondition condition);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} not sent: printer {Printer} is {Condition}")]
    private partial void LogNotReady(string jobId, string printer, PrinterCondition condition);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Printer {Printer} paper is near its end")]
    private partial void LogPaperNearEnd(string printer);
}
