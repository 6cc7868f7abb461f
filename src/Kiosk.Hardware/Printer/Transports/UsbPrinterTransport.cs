namespace Kiosk.Hardware.Printer.Transports;

/// <summary>
/// A USB printer class device (/dev/usb/lp0, the usblp driver). One-way by default: many cheap
/// printers have no back channel and a read on usblp then blocks, so status is only read when
/// <paramref name="twoWay"/> is set for a printer known to answer.
/// </summary>
public sealed class UsbPrinterTransport(string devicePath, bool twoWay = false) : IPrinterTransport
{
    public string Description => $"usb {devicePath}";

    public Task<PrinterLink> OpenAsync(string jobId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var stream = new FileStream(devicePath, FileMode.Open, twoWay ? FileAccess.ReadWrite : FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            return Task.FromResult(new PrinterLink(stream, twoWay));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw PrinterException.DeviceNotFound(devicePath, ex);
        }
    }
}
