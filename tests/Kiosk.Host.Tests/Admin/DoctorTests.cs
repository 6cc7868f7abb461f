using System.Text.Json;
using Kiosk.Core.Storage.LiteDb;

namespace Kiosk.Host.Tests.Admin;

public class DoctorTests
{
    [Fact]
    public async Task Doctor_json_against_a_running_provisioned_host_passes_every_check_and_exits_0()
    {
        await using var server = await KioskServer.StartAsync();
        var config = Path.Combine(server.DataDirectory, "kiosk.json");
        var provision = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "provision", "--config-file", config, "--site-code", "33.14.01", "--office-name", "Kecamatan Kalijambe");
        Assert.True(provision.ExitCode == 0, provision.ToString());

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory, config), "doctor", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = JsonDocument.Parse(run.Output).RootElement;
        var checks = report.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("check").GetString()!, c => c.GetProperty("verdict").GetString());
        Assert.True(report.GetProperty("ok").GetBoolean());
        foreach (var name in (string[])["provision", "config", "data", "clock", "service", "store", "printer", "quarantine"])
        {
            Assert.Equal("pass", checks[name]);
        }
    }

    [Fact]
    public async Task Doctor_with_a_bad_configuration_fails_naming_the_key_with_a_hint_and_exits_1()
    {
        var directory = CliRun.TempDirectory("doctor-bad");
        Directory.CreateDirectory(directory);
        var config = Path.Combine(directory, "kiosk.json");
        await File.WriteAllTextAsync(config, """{ "Kiosk": { "Office": { "SiteCode": "3314" } } }""");

        var run = await CliRun.RunAsync(CliRun.Environment(directory, config), "doctor");

        Assert.Equal(1, run.ExitCode);
        var line = run.Output.Split('\n').Single(l => l.Contains("config", StringComparison.Ordinal));
        Assert.StartsWith("FAIL", line, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Office:SiteCode: '3314' is not a Kemendagri kecamatan code", line, StringComparison.Ordinal);
        Assert.Contains("-> fix the key named above with 'kiosk provision' or in " + config, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_when_the_service_is_stopped_fails_the_service_line_and_still_checks_the_store_and_printer()
    {
        // A stopped kiosk's data directory (KioskServer deletes its own when it stops).
        var directory = CliRun.TempDirectory("doctor-stopped");
        LiteKioskDatabase.Open(directory).Dispose();

        var run = await CliRun.RunAsync(CliRun.Environment(directory), "doctor");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL  service", run.Output, StringComparison.Ordinal);
        Assert.Contains("sudo systemctl start kiosk", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASS  store", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASS  printer    virtual printer online", run.Output, StringComparison.Ordinal);
    }
}
