using Kiosk.Core;
using Kiosk.Core.Complaints;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Admin.Cli;
using Microsoft.Extensions.Configuration;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary>The CLI on the files of a stopped kiosk: the store opened read-only, the printer driven directly.</summary>
public class StoppedServiceTests
{
    [Fact]
    public async Task Ticket_and_complaint_show_read_the_store_directly_when_the_service_is_stopped()
    {
        var data = CliRun.TempDirectory("stopped");
        string tracking;
        using (var db = LiteKioskDatabase.Open(data))
        {
            var office = ConfigurationCheck.Office(new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build());
            new QueueService(office, new LiteTicketStore(db), TimeProvider.System).Issue(new TicketRequest("A", Priority.IbuHamil));
            tracking = new ComplaintService(office, new LiteComplaintStore(db), TimeProvider.System)
                .File(new ComplaintDraft("bansos", "Desa Tangkil", "Bantuan BPNT tidak cair dua bulan", null, "3314104501800002", null), Channel.Sms).TrackingCode.Grouped;
        }

        var ticket = await CliRun.RunAsync(CliRun.Environment(data), "ticket", "show", "A-001");
        var complaint = await CliRun.RunAsync(CliRun.Environment(data), "complaint", "show", tracking);
        var mistyped = await CliRun.RunAsync(CliRun.Environment(data), "complaint", "show", tracking[..^1] + (tracking[^1] == 'A' ? "B" : "A"));

        Assert.True(ticket.ExitCode == 0, ticket.ToString());
        Assert.Contains("ibu_hamil", ticket.Output, StringComparison.Ordinal);
        Assert.True(complaint.ExitCode == 0, complaint.ToString());
        Assert.Contains("Bantuan BPNT tidak cair dua bulan", complaint.Output, StringComparison.Ordinal);
        Assert.Contains("3314**********02", complaint.Output, StringComparison.Ordinal);
        Assert.Equal(1, mistyped.ExitCode);
        Assert.Contains("is not a tracking code", mistyped.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printer_test_prints_directly_on_the_configured_printer_when_the_service_is_stopped()
    {
        var data = CliRun.TempDirectory("stopped-printer");

        var run = await CliRun.RunAsync(CliRun.Environment(data), "printer", "test");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(Directory.GetFiles(Path.Combine(data, "printer"), "test-page*.png"));
    }

    [Fact]
    public async Task Doctor_fails_the_clock_when_an_RTC_is_expected_but_its_device_node_is_missing()
    {
        var data = CliRun.TempDirectory("rtc");
        var environment = CliRun.Environment(data);
        environment["Kiosk__Gpio__Rtc__Expected"] = "true";
        environment[DoctorCommand.RtcDeviceVariable] = Path.Combine(data, "rtc0-not-here");

        var run = await CliRun.RunAsync(environment, "doctor");

        var clock = run.Output.Split('\n').Single(l => l.Contains("clock", StringComparison.Ordinal) && l.StartsWith("FAIL", StringComparison.Ordinal));
        Assert.Contains("dtoverlay=i2c-rtc,ds3231", clock, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Doctor_colours_its_verdicts_only_on_a_terminal_without_NO_COLOR()
    {
        var data = CliRun.TempDirectory("colour");
        async Task<string> DoctorAsync(bool terminal, bool noColor)
        {
            var environment = CliRun.Environment(data);
            if (noColor)
            {
                environment["NO_COLOR"] = "1";
            }

            using var output = new StringWriter();
            using var error = new StringWriter();
            await KioskCli.RunAsync(["doctor"], output, error, environment, outputIsTerminal: terminal);
            return output.ToString();
        }

        Assert.Contains("\u001b[32mPASS\u001b[0m", await DoctorAsync(terminal: true, noColor: false), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", await DoctorAsync(terminal: true, noColor: true), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", await DoctorAsync(terminal: false, noColor: false), StringComparison.Ordinal);
    }
}
