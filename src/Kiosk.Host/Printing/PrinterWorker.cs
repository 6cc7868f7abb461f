using Kiosk.Core.Complaints;
using Kiosk.Core.Printing;
using Kiosk.Core.Queue;
using Kiosk.Hardware.Printer;

namespace Kiosk.Host.Printing;

/// <summary>Polls the printer's state and prints the stored jobs once it can print again.</summary>
public sealed partial class PrinterWorker : BackgroundService
{
    private readonly ReceiptPrinter _printer;
    private readonly IPrintJobStore _jobs;
    private readonly QueueService _queue;
    private readonly ComplaintService _complaints;
    private readonly PrinterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PrinterWorker> _logger;

    public PrinterWorker(ReceiptPrinter printer, IPrintJobStore jobs, QueueService queue, ComplaintService complaints, PrinterOptions options, TimeProvider time, ILogger<PrinterWorker> logger)
    {
        _printer = printer;
        _jobs = jobs;
        _queue = queue;
        _complaints = complaints;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>One poll: read the state, and when the printer can print, retry what is waiting.</summary>
    public async Task PollOnceAsync(CancellationToken ct)
    {
        PrinterStatus status;
        try
        {
            status = await _printer.ReadStatusAsync(ct);
        }
        catch (PrinterException e)
        {
            LogUnreachable(_logger, e.Error);
            return;
        }

        if (!status.CanPrint || _jobs.Pending().Count == 0)
        {
            return;
        }

        var printed = await _printer.RetryPendingAsync(
            job => _queue.FindById(job.Reference),
            _queue.Estimate,
            job => TrackingCode.TryParse(job.Reference, out var code) ? _complaints.Find(code) : null,
            ct);
        if (printed > 0)
        {
            LogRetried(_logger, printed);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(stoppingToken);
            }
            catch (Exception e) when (Core.Storage.StorageFullException.IsCause(e))
            {
                // Waiting jobs wait with the store: a full disk is a state (see /healthz), not a reason to stop the host.
                LogStorageFull(_logger, e.Message);
            }

            await Task.Delay(_options.PollInterval, _time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting print jobs not checked, the store is full ({Reason})")]
    private static partial void LogStorageFull(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Printer unreachable ({Error})")]
    private static partial void LogUnreachable(ILogger logger, PrinterError error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Printed {Count} waiting job(s) now that the printer is back")]
    private static partial void LogRetried(ILogger logger, int count);
}
