using System.Net.Http.Json;
using System.Text.Json;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Composition;

public class StartupTests
{
    [Fact]
    public async Task A_bad_configuration_stops_the_service_at_start_naming_the_key_and_the_reason()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-bad-config-" + Guid.NewGuid().ToString("N"));
        using var kiosk = KioskProcess.Start(data, "--Kiosk:Office:SiteCode=33-14", "--Kiosk:Office:Services:1:Code=A");

        var exitCode = await kiosk.WaitForExitAsync();

        Assert.Equal((int)ExitCode.ConfigurationInvalid, exitCode);
        Assert.Contains("Kiosk:Office:SiteCode: '33-14' is not a Kemendagri kecamatan code", kiosk.Output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Office:Services:1:Code: 'A' is used by more than one service", kiosk.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_printer_setting_stops_the_service_naming_the_key()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-bad-printer-" + Guid.NewGuid().ToString("N"));
        using var kiosk = KioskProcess.Start(data, "--Kiosk:Printer:Transport=tcp");

        Assert.Equal((int)ExitCode.ConfigurationInvalid, await kiosk.WaitForExitAsync());
        Assert.Contains("Kiosk:Printer:Host: is required for the tcp transport", kiosk.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_directory_that_cannot_be_created_stops_the_service_naming_the_key()
    {
        using var kiosk = KioskProcess.Start("/proc/kiosk-cannot-write-here");

        Assert.Equal((int)ExitCode.CannotCreate, await kiosk.WaitForExitAsync());
        Assert.Contains("Kiosk:DataDirectory", kiosk.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kill_9_loses_no_issued_number()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-kill9-" + Guid.NewGuid().ToString("N"));
        var issued = new List<string>();
        using (var first = KioskProcess.Start(data))
        {
            await first.WaitUntilReadyAsync();
            for (var i = 0; i < 25; i++)
            {
                issued.Add(await IssueAsync(first.Client));
            }

            first.KillHard();
        }

        using var second = KioskProcess.Start(data);
        await second.WaitUntilReadyAsync();
        var next = await IssueAsync(second.Client);

        Assert.Equal(Enumerable.Range(1, 25).Select(n => $"A-{n:000}"), issued);
        Assert.Equal("A-026", next);
    }

    private static async Task<string> IssueAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/tickets", new { service = "A" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()!;
    }
}
