using System.Text;
using Kiosk.Core.Printing;
using Kiosk.Hardware.Modem.Transport;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Printing;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Host.Tests.Printing;

/// <summary>The host against a printer on a pseudo-terminal that answers DLE EOT like a real serial printer.</summary>
public class SerialPrinterFaultTests
{
    private static readonly byte[] Cut = [0x1D, (byte)'V'];
    private static readonly byte[] EndOfTest = "END-OF-TEST"u8.ToArray();

    [Fact]
    public async Task A_serial_printer_out_of_paper_gets_no_job_bytes_and_prints_the_ticket_once_when_it_is_back_online()
    {
        using var pty = PseudoTerminal.Open();
        // Held open so the master never reads EIO between the host's per-job opens of the port.
        await using var holder = new FileStream(pty.SlavePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
        var player = new PrinterPlayer(new PrinterStatus(PrinterCondition.PaperOut, PaperNearEnd: false));
        var playing = Task.Run(() => player.RunAsync(pty.Master));
        // A fake clock keeps the worker's own polling still: the test drives it with PollOnceAsync.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

        await using (var server = await KioskServer.StartAsync(time, null, "--Kiosk:Printer:Transport=serial", $"--Kiosk:Printer:Device={pty.SlavePath}", "--Kiosk:Printer:BaudRate=19200"))
        {
            var ticket = await server.PostJsonAsync("/api/tickets", new { service = "C" }, 201);
            var jobs = server.Services.GetRequiredService<IPrintJobStore>();

            Assert.Equal(("failed", "paper_out"), (ticket.GetProperty("print").GetProperty("status").GetString(), ticket.GetProperty("print").GetProperty("problem").GetString()));
            Assert.Empty(player.Received);
            Assert.Single(jobs.Pending());

            player.Status = new PrinterStatus(PrinterCondition.Online, PaperNearEnd: false);
            await server.Services.GetRequiredService<PrinterWorker>().PollOnceAsync(CancellationToken.None);
            Assert.Empty(jobs.Pending());

            // A second poll finds nothing left to print.
            await server.Services.GetRequiredService<PrinterWorker>().PollOnceAsync(CancellationToken.None);
        }

        // A marker written behind everything the host sent: once the player has it, it has all (a pty is FIFO).
        await holder.WriteAsync(EndOfTest);
        await Eventually.Get(() => player.Received, r => r.AsSpan().IndexOf(EndOfTest) >= 0, "the end-of-test marker reaching the printer");
        pty.Dispose(); // the master closes: the player's read ends
        await playing.WaitAsync(TimeSpan.FromSeconds(30));
        var received = player.Received;
        var text = Encoding.Latin1.GetString(received);
        Assert.Equal(1, Occurrences(received, Cut));
        Assert.Contains("C-001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CETAK ULANG", text, StringComparison.Ordinal);
    }

    private static int Occurrences(byte[] haystack, byte[] needle)
    {
        var count = 0;
        for (var i = haystack.AsSpan().IndexOf(needle); i >= 0; i = haystack.AsSpan(i + 1).IndexOf(needle) is var next and >= 0 ? i + 1 + next : -1)
        {
            count++;
        }

        return count;
    }
}
