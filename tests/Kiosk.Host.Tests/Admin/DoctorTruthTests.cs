using Kiosk.Core.Printing;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Transports;
using Kiosk.Host.Admin.Cli;
using Kiosk.Host.Printing;
using Microsoft.Extensions.Configuration;

namespace Kiosk.Host.Tests.Admin;

/// <summary>Doctor says what is wrong with a device that runs but cannot do its job: never "All checks passed" then.</summary>
public class DoctorTruthTests
{
    [Fact]
    public async Task Doctor_fails_an_unprovisioned_device_and_says_how_to_provision_it()
    {
        var data = CliRun.TempDirectory("doctor-unprovisioned");
        LiteKioskDatabase.Open(data).Dispose();

        var run = await CliRun.RunAsync(CliRun.Environment(data), "doctor");

        Assert.Equal(1, run.ExitCode);
        var line = Line(run, "provision");
        Assert.StartsWith("FAIL", line, StringComparison.Ordinal);
        Assert.Contains("not provisioned", line, StringComparison.Ordinal);
        Assert.Contains("sudo kiosk provision", line, StringComparison.Ordinal);
        Assert.DoesNotContain("All checks passed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_on_a_provisioned_device_without_upstream_warns_and_counts_the_warnings_in_Indonesian()
    {
        var data = CliRun.TempDirectory("doctor-warn");
        var config = await ProvisionAsync(data);
        await using var server = await KioskServer.StartAsync(null, data);
        var environment = CliRun.Environment(data, config);
        environment["LANG"] = "id_ID.UTF-8";

        var run = await CliRun.RunAsync(environment, "doctor");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("PASS", Line(run, "provision"), StringComparison.Ordinal);
        Assert.StartsWith("WARN", Line(run, "upstream"), StringComparison.Ordinal);
        var warnings = run.Output.Split('\n').Count(l => l.StartsWith("WARN", StringComparison.Ordinal));
        Assert.Contains($"{warnings} peringatan", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Semua pemeriksaan lulus", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_fails_the_printer_when_the_paper_is_out_and_warns_when_it_is_near_its_end()
    {
        var data = CliRun.TempDirectory("doctor-paper");
        var config = await ProvisionAsync(data);
        await using var server = await KioskServer.StartAsync(null, data);
        var printer = (VirtualPrinterTransport)server.Services.GetRequiredService<IPrinterTransport>();
        var worker = server.Services.GetRequiredService<PrinterWorker>();

        printer.SimulatedStatus = new PrinterStatus(PrinterCondition.PaperOut, PaperNearEnd: true);
        await worker.PollOnceAsync(CancellationToken.None);
        var outOfPaper = await CliRun.RunAsync(CliRun.Environment(data, config), "doctor");
        printer.SimulatedStatus = new PrinterStatus(PrinterCondition.Online, PaperNearEnd: true);
        await worker.PollOnceAsync(CancellationToken.None);
        var nearEnd = await CliRun.RunAsync(CliRun.Environment(data, config), "doctor");

        Assert.Equal(1, outOfPaper.ExitCode);
        Assert.StartsWith("FAIL", Line(outOfPaper, "printer"), StringComparison.Ordinal);
        Assert.Contains("load a new paper roll", Line(outOfPaper, "printer"), StringComparison.Ordinal);
        Assert.True(nearEnd.ExitCode == 0, nearEnd.ToString());
        Assert.StartsWith("WARN", Line(nearEnd, "printer"), StringComparison.Ordinal);
        Assert.Contains("paper near its end", Line(nearEnd, "printer"), StringComparison.Ordinal);
        Assert.Contains("warning(s), no failure.", nearEnd.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_fails_the_token_when_upstream_refuses_it_and_passes_it_when_upstream_accepts_it()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var data = CliRun.TempDirectory("doctor-token");
        LiteKioskDatabase.Open(data).Dispose();
        var revoked = await ProvisionAsync(data, "revoked.json", "--upstream-url", upstream.BaseUri.ToString(), "--device-id", ReferenceUpstream.DeviceId, "--token", "revoked-token-0123456789abcdef");
        var good = await ProvisionAsync(data, "good.json", "--upstream-url", upstream.BaseUri.ToString(), "--device-id", ReferenceUpstream.DeviceId, "--token", ReferenceUpstream.Token);

        var refused = await CliRun.RunAsync(CliRun.Environment(data, revoked), "doctor");
        var accepted = await CliRun.RunAsync(CliRun.Environment(data, good), "doctor");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("FAIL", Line(refused, "token"), StringComparison.Ordinal);
        Assert.Contains("refused this device's token", Line(refused, "token"), StringComparison.Ordinal);
        Assert.DoesNotContain("revoked-token-0123456789abcdef", refused.Output, StringComparison.Ordinal);
        Assert.StartsWith("PASS", Line(accepted, "token"), StringComparison.Ordinal);
        Assert.Single(await upstream.HeartbeatsAsync());
    }

    [Fact]
    public async Task Doctor_warns_with_the_count_of_quarantined_sync_events()
    {
        var data = CliRun.TempDirectory("doctor-quarantine");
        var config = await ProvisionAsync(data);
        using (var db = LiteKioskDatabase.Open(data))
        {
            var office = ConfigurationCheck.Office(new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build());
            var queue = new QueueService(office, new LiteTicketStore(db), TimeProvider.System);
            queue.Issue(new TicketRequest("A", Priority.None));
            queue.Issue(new TicketRequest("A", Priority.None));
            IOutbox outbox = new LiteOutbox(db);
            foreach (var pending in outbox.Pending(10))
            {
                outbox.Quarantine(pending.Id, "schema refused", TimeProvider.System.GetUtcNow());
            }
        }

        var stopped = await CliRun.RunAsync(CliRun.Environment(data, config), "doctor");
        await using var server = await KioskServer.StartAsync(null, data);
        var running = await CliRun.RunAsync(CliRun.Environment(data, config), "doctor");

        foreach (var run in (CliRun[])[stopped, running])
        {
            var line = Line(run, "quarantine");
            Assert.StartsWith("WARN", line, StringComparison.Ordinal);
            Assert.Contains("2 sync event(s) refused by upstream", line, StringComparison.Ordinal);
        }

        Assert.True(running.ExitCode == 0, running.ToString());
    }

    /// <summary>Writes a provisioned kiosk.json for <paramref name="data"/> with <c>kiosk provision</c> and returns its path.</summary>
    private static async Task<string> ProvisionAsync(string data, string name = "kiosk.json", params string[] more)
    {
        var config = Path.Combine(data, name);
        var run = await CliRun.RunAsync(CliRun.Environment(data), ["provision", "--config-file", config, "--site-code", "33.14.01", "--office-name", "Kecamatan Kalijambe", .. more]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return config;
    }

    private static string Line(CliRun run, string check) =>
        run.Output.Split('\n').SingleOrDefault(l => l.Length > 6 && l[6..].StartsWith(check + " ", StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no '{check}' line:\n{run}");
}
