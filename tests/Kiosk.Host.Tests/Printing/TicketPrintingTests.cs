using System.Text;
using Kiosk.Core.Printing;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Transports;
using Kiosk.Host.Printing;

namespace Kiosk.Host.Tests.Printing;

public class TicketPrintingTests
{
    [Fact]
    public async Task An_issued_ticket_prints_on_the_virtual_printer_with_a_QR_of_its_code()
    {
        await using var server = await KioskServer.StartAsync();

        var ticket = await server.PostJsonAsync("/api/tickets", new { service = "B" }, 201);
        var png = Path.Combine(server.DataDirectory, "printer", $"ticket-{Today(server)}-B-001.png");

        Assert.Equal("printed", ticket.GetProperty("print").GetProperty("status").GetString());
        Assert.True(File.Exists(png), $"{png} was not written");
        Assert.Contains("B-001", Zbar.Decode(png));
        Assert.True((await server.GetJsonAsync("/api/printer", 200)).GetProperty("canPrint").GetBoolean());
    }

    [Fact]
    public async Task With_the_paper_out_the_ticket_is_still_issued_and_its_image_is_served()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Printer:Virtual:Condition=paper_out");

        var ticket = await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        var printer = await server.GetJsonAsync("/api/printer", 200);
        var health = await server.GetJsonAsync("/healthz", 200);
        using var image = await server.Client.GetAsync(new Uri("/api/tickets/A-001/image", UriKind.Relative));
        var imagePath = Path.Combine(server.DataDirectory, "screen-copy.png");
        await File.WriteAllBytesAsync(imagePath, await image.Content.ReadAsByteArrayAsync());

        Assert.Equal("A-001", ticket.GetProperty("code").GetString());
        Assert.Equal(("failed", "paper_out"), (ticket.GetProperty("print").GetProperty("status").GetString(), ticket.GetProperty("print").GetProperty("problem").GetString()));
        Assert.Equal((false, "paper_out"), (printer.GetProperty("canPrint").GetBoolean(), printer.GetProperty("problem").GetString()));
        Assert.Equal("degraded", health.GetProperty("components").GetProperty("printer").GetProperty("state").GetString());
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Contains("A-001", Zbar.Decode(imagePath));
        Assert.False(Directory.Exists(Path.Combine(server.DataDirectory, "printer")) && Directory.EnumerateFiles(Path.Combine(server.DataDirectory, "printer"), "*.bin").Any());
    }

    [Fact]
    public async Task A_ticket_that_did_not_print_prints_once_the_printer_is_back_without_a_reprint_mark()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Printer:Virtual:Condition=paper_out");
        await server.PostJsonAsync("/api/tickets", new { service = "C" }, 201);
        var jobs = server.Services.GetRequiredService<IPrintJobStore>();
        Assert.Single(jobs.Pending());

        ((VirtualPrinterTransport)server.Services.GetRequiredService<IPrinterTransport>()).SimulatedStatus = new PrinterStatus(PrinterCondition.Online, false);
        await server.Services.GetRequiredService<PrinterWorker>().PollOnceAsync(CancellationToken.None);

        Assert.Empty(jobs.Pending());
        var printed = Directory.GetFiles(Path.Combine(server.DataDirectory, "printer"), "*.bin");
        var bytes = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(Assert.Single(printed)));
        Assert.Contains("C-001", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("CETAK ULANG", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_printed_once_the_paper_is_back_shows_the_people_ahead_now_not_zero()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Printer:Virtual:Condition=paper_out");
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        var now = await server.GetJsonAsync("/api/tickets/A-003", 200);

        ((VirtualPrinterTransport)server.Services.GetRequiredService<IPrinterTransport>()).SimulatedStatus = new PrinterStatus(PrinterCondition.Online, false);
        await server.Services.GetRequiredService<PrinterWorker>().PollOnceAsync(CancellationToken.None);

        var a003 = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(Path.Combine(server.DataDirectory, "printer"), "*A-003*.bin"))));
        Assert.Equal(2, now.GetProperty("peopleAhead").GetInt32());
        Assert.Contains("Antrian di depan Anda: 2", a003, StringComparison.Ordinal);
        Assert.Contains($"Perkiraan tunggu: {now.GetProperty("estimatedWaitMinutes").GetInt32()} menit", a003, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_way_usb_printer_whose_write_failed_is_not_reported_ok_upstream_after_a_blind_status_read()
    {
        // /dev/full answers every write with ENOSPC, as usblp does when a printer runs out of paper.
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Printer:Transport=Usb", "--Kiosk:Printer:Device=/dev/full");
        var heartbeat = server.Services.GetRequiredService<Func<Kiosk.Core.Sync.DeviceHeartbeat>>();
        Assert.Equal(PrinterCondition.Unknown, heartbeat().Printer!.State);

        var ticket = await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        // A status read (the worker's poll, the doctor) opens the one-way link fine and reads
        // nothing: that must not wipe the failure. (The poll's retry would fail again and hide it.)
        var read = await server.Services.GetRequiredService<ReceiptPrinter>().ReadStatusAsync(CancellationToken.None);

        Assert.Equal("failed", ticket.GetProperty("print").GetProperty("status").GetString());
        Assert.Equal(PrinterCondition.Unknown, read.Condition);
        Assert.Equal(PrinterCondition.Offline, heartbeat().Printer!.State);
        Assert.Equal("offline", (await server.GetJsonAsync("/api/printer", 200)).GetProperty("problem").GetString());
    }

    [Fact]
    public async Task A_reprint_on_request_is_marked_CETAK_ULANG()
    {
        await using var server = await KioskServer.StartAsync();
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);

        var reprint = await server.PostJsonAsync("/api/tickets/A-001/reprint", new { }, 200);

        Assert.Equal("printed", reprint.GetProperty("print").GetProperty("status").GetString());
        var files = Directory.GetFiles(Path.Combine(server.DataDirectory, "printer"), "*.bin").OrderBy(f => f.Length).ToList();
        Assert.Equal(2, files.Count);
        Assert.DoesNotContain("CETAK ULANG", Encoding.Latin1.GetString(await File.ReadAllBytesAsync(files[0])), StringComparison.Ordinal);
        Assert.Contains("CETAK ULANG", Encoding.Latin1.GetString(await File.ReadAllBytesAsync(files[1])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complaint_receipt_prints_its_tracking_code_and_no_personal_data()
    {
        await using var server = await KioskServer.StartAsync();

        var filed = await server.PostJsonAsync("/api/complaints", new { category = "bansos", village = "Desa Tangkil", description = "Rahasia: tetangga menjual beras.", name = "Sri Wahyuni", nik = "3314105708900003", phone = "081298765432" }, 201);
        var code = filed.GetProperty("trackingCode").GetString()!;
        var png = Path.Combine(server.DataDirectory, "printer", $"complaint-{code.Replace("-", "", StringComparison.Ordinal)}.png");
        var bytes = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(Path.ChangeExtension(png, ".bin")));

        Assert.Equal("printed", filed.GetProperty("print").GetProperty("status").GetString());
        Assert.Contains(code, Zbar.Decode(png));
        foreach (var secret in new[] { "Sri", "3314105708900003", "81298765432", "Rahasia", "tetangga" })
        {
            Assert.DoesNotContain(secret, bytes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Unknown_ticket_images_are_404_and_bad_codes_400()
    {
        await using var server = await KioskServer.StartAsync();

        await server.GetJsonAsync("/api/tickets/A-005/image", 404);
        await server.GetJsonAsync("/api/tickets/zzz/image", 400);
        await server.PostJsonAsync("/api/tickets/A-005/reprint", new { }, 404);
    }

    private static string Today(KioskServer server) =>
        server.Services.GetRequiredService<Core.Queue.QueueService>().Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
