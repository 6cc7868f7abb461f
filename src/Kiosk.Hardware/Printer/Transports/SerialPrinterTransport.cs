using System.IO.Ports;

namespace Kiosk.Hardware.Printer.Transports;

/// <summary>A printer on a serial port (RS-232, USB-serial, the Pi's UART); always two-way.</summary>
public sealed class SerialPrinterTransport(string portName, int baudRate) : IPrinterTransport
{
    public string Description => $"serial {portName} at {baudRate} baud";

    public Task<PrinterLink> OpenAsync(string jobId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One) { Handshake = Handshake.None };
        try
        {
            port.Open();
            port.DiscardInBuffer();
            return Task.FromResult(new PrinterLink(port.BaseStream, isTwoWay: true, owner: port));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            port.Dispose();
            throw PrinterException.DeviceNotFound(portName, ex);
        }
    }
}
