using System.Diagnostics;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Layouts;
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
    public async Task A_ticket_written_to_a_usb_character_device_arrives_whole_at_the_reader_on_the_far_side()
    {
        // A FIFO behaves like /dev/usb/lp0 where a regular file cannot: no seeking, and the open blocks
        // until the far side (the printer) is there to take the bytes.
        MakeFifo(_device);
        var job = QueueTicketLayout.Render(Layouts.SampleInputs.Ticket(), PaperWidth.Mm80);
        var options = new PrinterOptions { Transport = PrinterTransportKind.Usb, Device = _device };
        var printer = new KioskPrinter(PrinterTransportFactory.Create(options, "unused", TimeProvider.System), options, TimeProvider.System, NullLogger<KioskPrinter>.Instance);
        var reading = Task.Run(() => File.ReadAllBytesAsync(_device));

        var status = await printer.PrintAsync("job-3", job, CancellationToken.None);

        Assert.Equal(PrinterStatus.Unknown, status);
        Assert.Equal(job, await reading.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_missing_usb_device_is_device_not_found()
    {
        var transport = new UsbPrinterTransport("/dev/usb/lp-kiosk-missing");
        var ex = await Assert.ThrowsAsync<PrinterException>(() => transport.OpenAsync("job-2", CancellationToken.None));
        Assert.Equal(PrinterError.DeviceNotFound, ex.Error);
    }

    private static void MakeFifo(string path)
    {
        Process mkfifo;
        try
        {
            mkfifo = Process.Start("mkfifo", [path]);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("mkfifo not found: apt-get install -y coreutils", ex);
        }

        using (mkfifo)
        {
            mkfifo.WaitForExit();
            Assert.True(mkfifo.ExitCode == 0, $"mkfifo {path} exited with {mkfifo.ExitCode}");
        }
    }
}
