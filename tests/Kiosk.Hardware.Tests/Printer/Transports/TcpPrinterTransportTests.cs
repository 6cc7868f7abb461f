using System.Net;
using System.Net.Sockets;
using Kiosk.Core.Printing;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Transports;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Tests.Printer.Transports;

public class TcpPrinterTransportTests
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_tcp_printer_that_answers_paper_out_reads_as_paper_out()
    {
        using var listener = Listen();
        var player = new PrinterPlayer(new PrinterStatus(PrinterCondition.PaperOut, PaperNearEnd: true));
        var serving = ServeOnce(listener, player);
        var transport = new TcpPrinterTransport("127.0.0.1", Port(listener), ConnectTimeout, TimeProvider.System);

        PrinterStatus status;
        await using (var link = await transport.OpenAsync("job-1", CancellationToken.None))
        {
            Assert.True(link.IsTwoWay);
            await using var printer = new EscPosPrinter(link.Stream, leaveOpen: true, TimeProvider.System);
            status = await printer.ReadStatusAsync(CancellationToken.None);
        }

        await serving;
        Assert.Equal(new PrinterStatus(PrinterCondition.PaperOut, true), status);
    }

    [Fact]
    public async Task A_job_for_an_online_tcp_printer_arrives_byte_for_byte()
    {
        using var listener = Listen();
        var player = new PrinterPlayer(new PrinterStatus(PrinterCondition.Online, false));
        var serving = ServeOnce(listener, player);
        var options = new PrinterOptions { Transport = PrinterTransportKind.Tcp, Host = "127.0.0.1", Port = Port(listener) };
        var printer = new KioskPrinter(PrinterTransportFactory.Create(options, "unused", TimeProvider.System), options, TimeProvider.System, NullLogger<KioskPrinter>.Instance);
        byte[] job = [0x1B, 0x40, .. "Halo\n"u8];

        var status = await printer.PrintAsync("job-2", job, CancellationToken.None);

        await serving;
        Assert.Equal(PrinterCondition.Online, status.Condition);
        Assert.Equal(job, player.Received);
    }

    [Fact]
    public async Task A_paper_out_printer_gets_no_job_and_the_caller_gets_not_ready_with_the_status()
    {
        using var listener = Listen();
        var player = new PrinterPlayer(new PrinterStatus(PrinterCondition.PaperOut, true));
        var serving = ServeOnce(listener, player);
        var options = new PrinterOptions { Transport = PrinterTransportKind.Tcp, Host = "127.0.0.1", Port = Port(listener) };
        var printer = new KioskPrinter(PrinterTransportFactory.Create(options, "unused", TimeProvider.System), options, TimeProvider.System, NullLogger<KioskPrinter>.Instance);

        var ex = await Assert.ThrowsAsync<PrinterException>(() => printer.PrintAsync("job-3", [0x1B, 0x40], CancellationToken.None));

        await serving;
        Assert.Equal(PrinterError.NotReady, ex.Error);
        Assert.Equal(PrinterCondition.PaperOut, ex.Status?.Condition);
        Assert.Empty(player.Received);
    }

    [Fact]
    public async Task A_closed_port_is_connection_refused_not_a_crash()
    {
        int port;
        using (var listener = Listen())
        {
            port = Port(listener);
        }

        var transport = new TcpPrinterTransport("127.0.0.1", port, ConnectTimeout, TimeProvider.System);
        var ex = await Assert.ThrowsAsync<PrinterException>(() => transport.OpenAsync("job-4", CancellationToken.None));
        Assert.Equal(PrinterError.ConnectionRefused, ex.Error);
        Assert.Contains($"127.0.0.1:{port}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_printer_that_never_accepts_is_a_connect_timeout()
    {
        // Linux drops SYNs once the accept queue of a listener that never accepts is full, so the
        // third connection hangs in SYN_SENT like a printer that is switched off.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        using var filler1 = new TcpClient();
        using var filler2 = new TcpClient();
        await filler1.ConnectAsync(IPAddress.Loopback, port);
        _ = filler2.ConnectAsync(IPAddress.Loopback, port);

        var time = new SteppingTimeProvider();
        var transport = new TcpPrinterTransport("127.0.0.1", port, ConnectTimeout, time);
        var timers = time.TimersCreated;
        var opening = transport.OpenAsync("job-5", CancellationToken.None);
        await AdvancePastTimeout(time, timers, opening, ConnectTimeout);

        var ex = await Assert.ThrowsAsync<PrinterException>(() => opening);
        Assert.Equal(PrinterError.ConnectTimeout, ex.Error);
    }

    [Fact]
    public async Task A_printer_that_never_answers_status_is_a_status_timeout()
    {
        using var listener = Listen();
        var player = new PrinterPlayer(new PrinterStatus(PrinterCondition.Online, false), answers: false);
        var serving = ServeOnce(listener, player);
        var time = new SteppingTimeProvider();
        var transport = new TcpPrinterTransport("127.0.0.1", Port(listener), ConnectTimeout, time);

        await using (var link = await transport.OpenAsync("job-6", CancellationToken.None))
        {
            await using var printer = new EscPosPrinter(link.Stream, leaveOpen: true, time);
            var timers = time.TimersCreated;
            var reading = printer.ReadStatusAsync(CancellationToken.None);
            await player.Queried;
            await AdvancePastTimeout(time, timers, reading, printer.StatusTimeout);
            var ex = await Assert.ThrowsAsync<PrinterException>(() => reading);
            Assert.Equal(PrinterError.StatusTimeout, ex.Error);
            Assert.Contains("DLE EOT 1", ex.Message, StringComparison.Ordinal);
        }

        await serving;
    }

    /// <summary>
    /// Waits until the call under test has armed its timeout timer (the first timer after
    /// <paramref name="timersBefore"/>), moves the clock past it once, and waits for the call to end.
    /// Only the fake clock can end it: the real-time bound is a failure, not a condition.
    /// </summary>
    internal static async Task AdvancePastTimeout(SteppingTimeProvider time, int timersBefore, Task task, TimeSpan timeout)
    {
        await time.AdvanceAfterTimerAsync(timersBefore + 1, timeout);
        var ended = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(30), TimeProvider.System));
        Assert.True(ended == task, "the call did not end after its timeout on the fake clock");
    }

    private static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;

    private static async Task ServeOnce(TcpListener listener, PrinterPlayer player)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        await player.RunAsync(stream);
    }
}
