namespace Kiosk.Hardware.Printer.Transports;

/// <summary>Builds the transport <c>Kiosk:Printer</c> asks for. Opens nothing: links open per job.</summary>
public static class PrinterTransportFactory
{
    /// <param name="options">Validated here, so a bad section fails before any device is touched.</param>
    /// <param name="dataDirectory">The service's data directory; the virtual printer writes under its <c>printer/</c>.</param>
    /// <param name="timeProvider">Clock for connect timeouts.</param>
    public static IPrinterTransport Create(PrinterOptions options, string dataDirectory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        return options.Transport switch
        {
            PrinterTransportKind.Usb => new UsbPrinterTransport(options.Device!),
            PrinterTransportKind.Serial => new SerialPrinterTransport(options.Device!, options.BaudRate),
            PrinterTransportKind.Tcp => new TcpPrinterTransport(options.Host!, options.Port, options.ConnectTimeout, timeProvider),
            _ => new VirtualPrinterTransport(dataDirectory, options.PaperWidth),
        };
    }
}
