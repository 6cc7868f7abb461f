using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Transports;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Tests.Printer.Transports;

public sealed class UsbPrinterTransportTests : IDisposable
{
    private readonly string _device = Path.Combine(Path.GetTempPath(), $"kiosk-lp-{Guid.NewGuid():N}");

    public void Dispose() => File.Delete(_device);

    [Fact]
    public async Task A_usb_printer_is_one_way_so_its_status_is_unknown_and_the_job_is_written_to_the_device_file()
    {
        await File.WriteAllBytesAsync(_device, []); // stands in for /dev/usb/lp0
        var options = new PrinterOptions { Transport = PrinterTransportKind.Usb, Device = _device };
        var printer = new KioskPrinter(PrinterTransportFactory.Create(options, "unused", TimeProvider.System), options, TimeProvider.System, NullLogger<KioskPrinter>.Instance);

        var status = await printer.PrintAsync("job-1", [0x1B, 0x40, 0x41, 0x0A], CancellationToken.None);

        Assert.Equal(PrinterStatus.Unknown, status);
        Assert.Equal(new byte[] { 0x1B, 0x40, 0x41, 0x0A }, await File.ReadAllBytesAsync(_device));
    }

    [Fact]
    public async Task A_missing_usb_device_is_device_not_found()
    {
        var transport = new UsbPrinterTransport("/dev/usb/lp-kiosk-missing");
        var ex = await Assert.ThrowsAsync<PrinterException>(() => transport.OpenAsync("job-2", CancellationToken.None));
        Assert.Equal(PrinterError.DeviceNotFound, ex.Error);
    }
}
