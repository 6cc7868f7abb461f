using Kiosk.Core.Printing;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Layouts;
using Kiosk.Hardware.Printer.Transports;
using Kiosk.Hardware.Tests.Printer.Layouts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Tests.Printer.Transports;

public sealed class VirtualPrinterTransportTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"kiosk-data-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_virtual_job_becomes_a_bin_with_the_exact_bytes_and_a_png_whose_qr_reads()
    {
        var options = new PrinterOptions { PaperWidth = PaperWidth.Mm80 };
        var transport = (VirtualPrinterTransport)PrinterTransportFactory.Create(options, _dataDirectory, TimeProvider.System);
        var printer = new KioskPrinter(transport, options, TimeProvider.System, NullLogger<KioskPrinter>.Instance);
        var job = QueueTicketLayout.Render(SampleInputs.Ticket(), PaperWidth.Mm80);

        var status = await printer.PrintAsync("ticket-A-017", job, CancellationToken.None);

        Assert.Equal(PrinterCondition.Online, status.Condition);
        Assert.Equal(Path.Combine(_dataDirectory, "printer", "ticket-A-017.bin"), transport.BinPath("ticket-A-017"));
        Assert.Equal(job, await File.ReadAllBytesAsync(transport.BinPath("ticket-A-017")));
        Assert.Equal(576, Png.Size(await File.ReadAllBytesAsync(transport.PngPath("ticket-A-017"))).Width);
        Assert.Equal(["A-017"], Zbar.Decode(transport.PngPath("ticket-A-017")));
    }

    [Fact]
    public async Task A_simulated_paper_out_is_reported_and_no_file_is_written()
    {
        var options = new PrinterOptions();
        var transport = new VirtualPrinterTransport(_dataDirectory, PaperWidth.Mm58) { SimulatedStatus = new PrinterStatus(PrinterCondition.PaperOut, true) };
        var printer = new KioskPrinter(transport, options, TimeProvider.System, NullLogger<KioskPrinter>.Instance);

        var ex = await Assert.ThrowsAsync<PrinterException>(() => printer.PrintAsync("job-1", [0x1B, 0x40], CancellationToken.None));

        Assert.Equal(PrinterCondition.PaperOut, ex.Status?.Condition);
        Assert.False(File.Exists(transport.BinPath("job-1")));
        Assert.Equal(PrinterCondition.PaperOut, (await printer.ReadStatusAsync(CancellationToken.None)).Condition);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task A_job_id_that_is_not_a_safe_file_name_is_rejected(string jobId)
    {
        var transport = new VirtualPrinterTransport(_dataDirectory, PaperWidth.Mm58);
        await Assert.ThrowsAsync<ArgumentException>(() => transport.OpenAsync(jobId, CancellationToken.None));
    }
}
