using System.Net;
using System.Net.Http.Json;
using Kiosk.Core;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Admin;
using Kiosk.Host.Admin.Cli;
using Kiosk.Host.Composition;
using Microsoft.Extensions.Configuration;

namespace Kiosk.Host.Tests.Admin;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class AdminSocketTests
{
    [Fact]
    public async Task The_admin_socket_is_created_with_mode_0660()
    {
        await using var server = await KioskServer.StartAsync();
        var socket = Path.Combine(server.DataDirectory, AdminOptions.DefaultSocketName);

        Assert.True(File.Exists(socket), "no socket at " + socket);
        Assert.Equal(UnixSocketFile.SocketMode, File.GetUnixFileMode(socket));
    }

    [Theory]
    [InlineData("GET", "/admin/tickets/A-001")]
    [InlineData("GET", "/admin/backup")]
    [InlineData("GET", "/admin/sync")]
    [InlineData("POST", "/admin/printer/test")]
    [InlineData("POST", "/admin/modem/send")]
    public async Task Admin_endpoints_are_not_found_on_the_TCP_port(string method, string path)
    {
        await using var server = await KioskServer.StartAsync();
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { number = "081234567890", text = "x" }) : null };
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Ticket_show_reads_the_ticket_through_the_socket_while_the_service_runs()
    {
        await using var server = await KioskServer.StartAsync();
        await server.PostJsonAsync("/api/tickets", new { service = "B", priority = "lansia" }, 201);

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "ticket", "show", "b17");
        var found = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "ticket", "show", "b1");

        Assert.Equal((int)ExitCode.Failure, run.ExitCode);
        Assert.Contains("B-017", run.Error, StringComparison.Ordinal);
        Assert.True(found.ExitCode == 0, found.ToString());
        Assert.Contains("B-001", found.Output, StringComparison.Ordinal);
        Assert.Contains("lansia", found.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complaint_show_masks_the_NIK_and_phone_unless_unmask_is_given()
    {
        await using var server = await KioskServer.StartAsync();
        var filed = await server.PostJsonAsync("/api/complaints", new { category = "bansos", village = "Desa Tangkil", description = "Bantuan PKH belum diterima sejak Juni", nik = "3314104501800002", phone = "081234567891" }, 201);
        var code = filed.GetProperty("trackingCode").GetString()!;
        var environment = CliRun.Environment(server.DataDirectory);

        var masked = await CliRun.RunAsync(environment, "complaint", "show", code);
        var unmasked = await CliRun.RunAsync(environment, "complaint", "show", code, "--unmask");

        Assert.True(masked.ExitCode == 0, masked.ToString());
        Assert.Contains("Bantuan PKH belum diterima sejak Juni", masked.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("3314104501800002", masked.Output, StringComparison.Ordinal);
        Assert.Contains("3314**********02", masked.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("+6281234567891", masked.Output, StringComparison.Ordinal);
        Assert.Contains("3314104501800002", unmasked.Output, StringComparison.Ordinal);
        Assert.Contains("+6281234567891", unmasked.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modem_info_without_a_modem_answers_the_honest_503_and_exits_non_zero()
    {
        await using var server = await KioskServer.StartAsync();

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "modem", "info");

        Assert.Equal((int)ExitCode.Failure, run.ExitCode);
        Assert.Contains("No modem is configured on this kiosk", run.Error, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_now_without_an_upstream_answers_sync_disabled_and_exits_non_zero()
    {
        await using var server = await KioskServer.StartAsync();

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "sync", "now");

        Assert.Equal((int)ExitCode.Failure, run.ExitCode);
        Assert.Contains("Sync is disabled", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printer_test_prints_the_test_page_through_the_service()
    {
        await using var server = await KioskServer.StartAsync();

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "printer", "test");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(Directory.GetFiles(Path.Combine(server.DataDirectory, "printer"), "test-page*.png"));
    }

    [Fact]
    public async Task A_backup_taken_while_tickets_are_being_issued_is_a_consistent_set()
    {
        var backup = Path.Combine(Path.GetTempPath(), $"kiosk-backup-busy-{Guid.NewGuid():N}.db");
        int issuedBefore;
        DateOnly today;
        await using (var server = await KioskServer.StartAsync())
        {
            today = server.Services.GetRequiredService<QueueService>().Today;
            using var stop = new CancellationTokenSource();
            var issued = 0;
            var issuing = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
                    Interlocked.Increment(ref issued);
                }
            });
            await Eventually.Get(() => Volatile.Read(ref issued), n => n >= 20, "tickets being issued");
            issuedBefore = Volatile.Read(ref issued);

            var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "backup", backup);
            await stop.CancelAsync();
            await issuing;
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        // The copy holds tickets A-001..A-n with no gap, each with exactly its one issuing event.
        var restored = CliRun.TempDirectory("restored-busy");
        Directory.CreateDirectory(restored);
        File.Copy(backup, Path.Combine(restored, LiteKioskDatabase.FileName));
        using var db = LiteKioskDatabase.Open(restored);
        var store = new LiteTicketStore(db);
        var day = store.ListDay(today);
        var numbers = day.Select(t => t.Number).Order().ToList();
        Assert.True(numbers.Count >= issuedBefore, $"{numbers.Count} tickets in the backup, {issuedBefore} issued before it began");
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.Equal(numbers.Count, new LiteOutbox(db).Count().Pending);
        File.Delete(backup);
    }

    [Fact]
    public async Task Backup_while_the_service_runs_then_restore_into_a_stopped_data_directory_keeps_the_tickets()
    {
        var backup = Path.Combine(Path.GetTempPath(), $"kiosk-backup-{Guid.NewGuid():N}.db");
        await using (var server = await KioskServer.StartAsync())
        {
            for (var i = 0; i < 3; i++)
            {
                await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
            }

            var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "backup", backup);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Empty(Directory.GetFiles(server.DataDirectory, "backup-*.tmp"));

            var refused = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "restore", backup);
            Assert.Equal((int)ExitCode.Failure, refused.ExitCode);
            Assert.Contains("systemctl stop kiosk", refused.Error, StringComparison.Ordinal);
        }

        // A stopped kiosk's data directory with a store of its own (KioskServer deletes its directory when it stops).
        var target = CliRun.TempDirectory("restore");
        using (var before = LiteKioskDatabase.Open(target))
        {
            new QueueService(ConfigurationCheck.Office(new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build()), new LiteTicketStore(before), TimeProvider.System)
                .Issue(new TicketRequest("C", Priority.None, Channel.Kiosk, null));
        }

        var restore = await CliRun.RunAsync(CliRun.Environment(target), "restore", backup);

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.True(File.Exists(Path.Combine(target, "kiosk.db.before-restore")));
        await using var after = await KioskServer.StartAsync(null, target);
        var third = await after.GetJsonAsync("/api/tickets/A-003", 200);
        Assert.Equal("A-003", third.GetProperty("code").GetString());
        await after.GetJsonAsync("/api/tickets/C-001", 404);
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_kiosk_store_and_keeps_the_old_one()
    {
        var target = CliRun.TempDirectory("restore-bad");
        Directory.CreateDirectory(target);
        var bogus = Path.Combine(target, "not-a-store.db");
        await File.WriteAllTextAsync(bogus, "this is a shopping list, not a LiteDB file\n" + new string('x', 9000));

        var run = await CliRun.RunAsync(CliRun.Environment(target), "restore", bogus);

        Assert.Equal((int)ExitCode.DataError, run.ExitCode);
        Assert.Contains("is not a readable kiosk store", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target, "kiosk.db")));
    }
}
