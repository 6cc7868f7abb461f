using System.Reflection;
using Kiosk.Core.Complaints;
using Kiosk.Core.Configuration;
using Kiosk.Core.Printing;
using Kiosk.Core.Queue;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Layouts;
using Kiosk.Hardware.Printer.Virtual;

namespace Kiosk.Host.Printing;

/// <summary>
/// Prints queue tickets and complaint receipts. A ticket is issued whatever happens here: a print
/// that fails is stored as a job and retried by <see cref="PrinterWorker"/> when the printer is back;
/// a print that may already have reached paper is redone marked CETAK ULANG.
/// </summary>
public sealed partial class ReceiptPrinter
{
    private readonly KioskPrinter _printer;
    private readonly PrinterOptions _options;
    private readonly OfficeProfile _office;
    private readonly IPrintJobStore _jobs;
    private readonly PrinterMonitor _state;
    private readonly TimeProvider _time;
    private readonly ILogger<ReceiptPrinter> _logger;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public ReceiptPrinter(KioskPrinter printer, PrinterOptions options, OfficeProfile office, IPrintJobStore jobs, PrinterMonitor state, TimeProvider time, ILogger<ReceiptPrinter> logger)
    {
        _printer = printer;
        _options = options;
        _office = office;
        _jobs = jobs;
        _state = state;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised after a ticket or receipt reached the printer (the buzzer chirps).</summary>
    public event EventHandler? Printed;

    public static string AppVersion { get; } =
        typeof(ReceiptPrinter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public Task<PrintResult> PrintTicketAsync(Ticket ticket, int peopleAhead, int waitMinutes, CancellationToken ct) =>
        PrintAsync(TicketJobId(ticket), PrintJobKind.QueueTicket, ticket.Id, reprint => RenderTicket(ticket, peopleAhead, waitMinutes, reprint), forceReprint: false, ct);

    /// <summary>Prints a ticket again on request (lost or unreadable): always marked CETAK ULANG.</summary>
    public Task<PrintResult> ReprintTicketAsync(Ticket ticket, int peopleAhead, int waitMinutes, CancellationToken ct) =>
        PrintAsync(TicketJobId(ticket), PrintJobKind.QueueTicket, ticket.Id, reprint => RenderTicket(ticket, peopleAhead, waitMinutes, reprint), forceReprint: true, ct);

    public Task<PrintResult> PrintComplaintAsync(Complaint complaint, CancellationToken ct) =>
        PrintAsync(ComplaintJobId(complaint), PrintJobKind.ComplaintReceipt, complaint.Id, _ => RenderComplaint(complaint), forceReprint: false, ct);

    /// <summary>The ticket as it prints, rendered to PNG (shown on screen when the paper is out).</summary>
    public byte[] TicketImage(Ticket ticket, int peopleAhead, int waitMinutes) =>
        VirtualPrinter.Render(RenderTicket(ticket, peopleAhead, waitMinutes, reprint: false), _options.PaperWidth).Png;

    public byte[] RenderTestPage() => TestPageLayout.Render(
        new TestPagePrint(_office.Name, _office.SiteCode, AppVersion, Environment.OSVersion.VersionString, _office.ToLocal(_time.GetUtcNow()), Zone),
        _options.PaperWidth,
        _options.CodePage);

    public async Task<PrintResult> PrintTestPageAsync(CancellationToken ct)
    {
        var job = RenderTestPage();
        return await SendAsync("test-page", job, ct);
    }

    /// <summary>
    /// Retries stored jobs of today; jobs of earlier days are expired (a queue ticket means nothing tomorrow).
    /// A ticket prints with the figures of now (<paramref name="estimate"/>), not those of when it was issued.
    /// </summary>
    public async Task<int> RetryPendingAsync(Func<PrintJob, Ticket?> findTicket, Func<Ticket, (int PeopleAhead, int EstimatedWaitMinutes)> estimate, Func<PrintJob, Complaint?> findComplaint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(findTicket);
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(findComplaint);
        var printed = 0;
        foreach (var job in _jobs.Pending())
        {
            var now = _time.GetUtcNow();
            if (_office.LocalDay(job.CreatedAt) != _office.LocalDay(now))
            {
                _jobs.Put(job with { State = PrintJobState.Expired, FinishedAt = now });
                continue;
            }

            PrintResult result;
            if (job.Kind == PrintJobKind.QueueTicket && findTicket(job) is { } ticket)
            {
                var (ahead, wait) = estimate(ticket);
                result = await PrintAsync(job.Id, job.Kind, job.Reference, reprint => RenderTicket(ticket, ahead, wait, reprint), forceReprint: false, ct);
            }
            else if (job.Kind == PrintJobKind.ComplaintReceipt && findComplaint(job) is { } complaint)
            {
                result = await PrintAsync(job.Id, job.Kind, job.Reference, _ => RenderComplaint(complaint), forceReprint: false, ct);
            }
            else
            {
                _jobs.Put(job with { State = PrintJobState.Expired, FinishedAt = now, LastError = "record not found" });
                continue;
            }

            if (result.Status != PrintOutcome.Printed)
            {
                break;
            }

            printed++;
        }

        return printed;
    }

    public async Task<PrinterStatus> ReadStatusAsync(CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var status = await _printer.ReadStatusAsync(ct);
            _state.Report(status, _time.GetUtcNow());
            return status;
        }
        catch (PrinterException e)
        {
            _state.Report(e, _time.GetUtcNow());
            throw;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<PrintResult> PrintAsync(string jobId, PrintJobKind kind, string reference, Func<bool, byte[]> render, bool forceReprint, CancellationToken ct)
    {
        var previous = _jobs.Find(jobId);
        var reprint = forceReprint || previous is { MayHavePrinted: true } || previous is { State: PrintJobState.Printed };
        // A reprint asked for after a good first print is the second attempt: it gets its own file.
        var attempt = (previous?.Attempts ?? (forceReprint ? 1 : 0)) + 1;
        var fileId = attempt == 1 ? jobId : $"{jobId}-{attempt}";
        var result = await SendAsync(fileId, render(reprint), ct);
        var now = _time.GetUtcNow();
        if (result.Status == PrintOutcome.Printed)
        {
            if (previous is not null || forceReprint)
            {
                _jobs.Put(new PrintJob { Id = jobId, Kind = kind, Reference = reference, CreatedAt = previous?.CreatedAt ?? now, Attempts = attempt, State = PrintJobState.Printed, FinishedAt = now });
            }

            return result;
        }

        var (_, error, _) = _state.Current;
        _jobs.Put(new PrintJob
        {
            Id = jobId,
            Kind = kind,
            Reference = reference,
            CreatedAt = previous?.CreatedAt ?? now,
            Attempts = attempt,
            LastError = result.Problem,
            MayHavePrinted = (previous?.MayHavePrinted ?? false) || error == PrinterError.LinkFailed,
            State = PrintJobState.Pending,
        });
        return result;
    }

    private async Task<PrintResult> SendAsync(string fileId, byte[] job, CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var status = await _printer.PrintAsync(fileId, job, ct);
            _state.ReportPrinted(status, _time.GetUtcNow());
            Printed?.Invoke(this, EventArgs.Empty);
            return PrintResult.Printed;
        }
        catch (PrinterException e)
        {
            _state.Report(e, _time.GetUtcNow());
            LogPrintFailed(_logger, fileId, e.Error, e);
            return new PrintResult(PrintOutcome.Failed, _state.Problem ?? "offline");
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private byte[] RenderTicket(Ticket ticket, int peopleAhead, int waitMinutes, bool reprint)
    {
        var service = _office.FindService(ticket.Service);
        return QueueTicketLayout.Render(
            new QueueTicketPrint(
                _office.Name,
                service?.Name ?? ticket.Service,
                ticket.Code,
                _office.ToLocal(ticket.IssuedAt),
                Zone,
                peopleAhead,
                waitMinutes,
                SmsNumber,
                ticket.IsPriority,
                reprint),
            _options.PaperWidth,
            _options.CodePage);
    }

    private byte[] RenderComplaint(Complaint complaint) =>
        ComplaintReceiptLayout.Render(
            new ComplaintReceiptPrint(
                _office.Name,
                complaint.TrackingCode.Grouped,
                _office.FindCategory(complaint.Category)?.Name ?? complaint.Category,
                complaint.Village,
                _office.ToLocal(complaint.CreatedAt),
                Zone,
                SmsNumber),
            _options.PaperWidth,
            _options.CodePage);

    private string SmsNumber => _office.SmsNumber ?? _options.SmsNumber ?? "-";

    private IndonesianTimeZone Zone => _office.ZoneAbbreviation switch
    {
        "WITA" => IndonesianTimeZone.Wita,
        "WIT" => IndonesianTimeZone.Wit,
        _ => IndonesianTimeZone.Wib,
    };

    private static string TicketJobId(Ticket ticket) => "ticket-" + ticket.Id.Replace('/', '-');

    private static string ComplaintJobId(Complaint complaint) => "complaint-" + complaint.Id;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Print job {JobId} failed ({Error}); kept for retry")]
    private static partial void LogPrintFailed(ILogger logger, string jobId, PrinterError error, Exception exception);
}
