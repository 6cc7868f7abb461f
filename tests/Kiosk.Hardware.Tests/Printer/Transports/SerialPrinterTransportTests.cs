using Kiosk.Core.Printing;
using Kiosk.Hardware.Modem.Transport;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Transports;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Tests.Printer.Transports;

public class SerialPrinterTransportTests
{
    [Fact]
    public async Task A_serial_printer_with_its_cover_open_reads_as_cover_open()
    {
        using var pty = PseudoTerminal.Open();
        var player = new PrinterPlayer(new PrinterStatus(PrinterCondition.CoverOpen, PaperNearEnd: false));
        var transport = new SerialPrinterTransport(pty.SlavePath, 19200);

        PrinterStatus status;
        Task playing;
        await using (var link = await transport.OpenAsync("job-1", CancellationToken.None))
        {
            playing = Task.Run(() => player.RunAsync(pty.Master));
            Assert.True(link.IsTwoWay);
            await using var printer = new EscPosPrinter(link.Stream, leaveOpen: true, TimeProvider.System) { StatusTimeout = TimeSpan.FromSeconds(10) };
            status = await printer.ReadStatusAsync(CancellationToken.None);
        }

        pty.Dispose(); // the master closes: the player's read ends (a closed slave alone does not end it)
        await playing.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(new PrinterStatus(PrinterCondition.CoverOpen, false), status);
    }

    [Fact]
    public async Task A_ticket_sent_over_serial_arrives_byte_for_byte()
    {
        using var pty = PseudoTerminal.Open();
        var player = new PrinterPlayer(new PrinterStatus(PrinterCondition.Online, PaperNearEnd: true));
        var options = new PrinterOptions { Transport = PrinterTransportKind.Serial, Device = pty.SlavePath, BaudRate = 9600, StatusTimeout = TimeSpan.FromSeconds(10) };
        var transport = new PlayingTransport(PrinterTransportFactory.Create(options, "unused", TimeProvider.System), player, pty.Master);
        var printer = new KioskPrinter(transport, options, TimeProvider.System, NullLogger<KioskPrinter>.Instance);
        var job = Kiosk.Hardware.Printer.Layouts.QueueTicketLayout.Render(Layouts.SampleInputs.Ticket(), PaperWidth.Mm58);

        var status = await printer.PrintAsync("job-2", job, CancellationToken.None);

        await Eventually.Get(() => player.Received.Length, n => n >= job.Length, "the whole job reaching the printer");
        pty.Dispose(); // the master closes: the player's read ends
        await transport.Playing!.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(new PrinterStatus(PrinterCondition.Online, true), status);
        Assert.Equal(job, player.Received);
    }

    [Fact]
    public async Task A_missing_serial_device_is_device_not_found()
    {
        var transport = new SerialPrinterTransport("/dev/ttyKIOSK-missing", 9600);
        var ex = await Assert.ThrowsAsync<PrinterException>(() => transport.OpenAsync("job-3", CancellationToken.None));
        Assert.Equal(PrinterError.DeviceNotFound, ex.Error);
        Assert.Contains("/dev/ttyKIOSK-missing", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Starts the player on the pty master once the slave is open (a master read before that is EIO).</summary>
    private sealed class PlayingTransport(IPrinterTransport inner, PrinterPlayer player, Stream master) : IPrinterTransport
    {
        public Task? Playing { get; private set; }

        public string Description => inner.Description;

        public async Task<PrinterLink> OpenAsync(string jobId, CancellationToken cancellationToken)
        {
            var link = await inner.OpenAsync(jobId, cancellationToken);
            Playing = Task.Run(() => player.RunAsync(master), cancellationToken);
            return link;
        }
    }
}
