namespace Kiosk.Hardware.Printer.Transports;

/// <summary>Opens a link to the printer for one job (or one status check).</summary>
public interface IPrinterTransport
{
    /// <summary>Where the printer is, for logs ("tcp 192.168.1.50:9100"); never personal data.</summary>
    string Description { get; }

    /// <summary>
    /// Opens the link. <paramref name="jobId"/> names the job (the virtual printer uses it as the
    /// file name). Throws <see cref="PrinterException"/> when the printer cannot be reached.
    /// </summary>
    Task<PrinterLink> OpenAsync(string jobId, CancellationToken cancellationToken);
}
