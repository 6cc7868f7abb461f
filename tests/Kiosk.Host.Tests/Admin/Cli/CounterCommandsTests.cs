using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Kiosk.Host.Tests.Admin.Cli;

public partial class CounterCommandsTests
{
    [Fact]
    public async Task With_the_service_stopped_a_counter_is_added_listed_and_removed_on_the_store()
    {
        var directory = CliRun.TempDirectory("counters");
        var environment = CliRun.Environment(directory);

        var add = await CliRun.RunAsync(environment, "counter", "add", "Loket 1", "--services", "A,b");
        var list = await CliRun.RunAsync(environment, "counter", "list");
        var remove = await CliRun.RunAsync(environment, "counter", "remove", "loket 1");
        var again = await CliRun.RunAsync(environment, "counter", "remove", "Loket 1");

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains("Added counter \"Loket 1\" (loket-1), serving A, B.", add.Output, StringComparison.Ordinal);
        Assert.Matches(PairingLine(), add.Output);
        Assert.Contains("http://127.0.0.1:8081/counter", add.Output, StringComparison.Ordinal);
        Assert.Matches(@"counter\s+loket-1\s+Loket 1\s+A,B\s+pairing until", list.Output);
        Assert.Equal(0, remove.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("No counter or display is named 'Loket 1'", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--services", "Z", "services: Layanan 'Z' tidak dikenal")]
    [InlineData("--services", ",", "services: Loket harus melayani paling sedikit satu layanan.")]
    public async Task A_bad_counter_is_refused_naming_the_field(string option, string value, string expected)
    {
        var directory = CliRun.TempDirectory("counters-bad");

        var run = await CliRun.RunAsync(CliRun.Environment(directory), "counter", "add", "Loket 1", option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counter_without_services_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("counters-usage")), "counter", "add", "Loket 1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--services", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_service_running_the_cli_goes_through_the_socket_and_removal_revokes_the_token()
    {
        await using var server = await KioskServer.StartAsync();
        var environment = CliRun.Environment(server.DataDirectory);

        var add = await CliRun.RunAsync(environment, "counter", "add", "Loket Dua", "--services", "B", "--token");
        var display = await CliRun.RunAsync(environment, "display", "add", "TV Ruang Tunggu");
        var token = TokenLine().Match(add.Output).Groups[1].Value;
        using var staff = server.StaffClient(token);
        using var before = await staff.GetAsync(new Uri("/api/counters/loket-dua", UriKind.Relative));
        var list = await CliRun.RunAsync(environment, "counter", "list");
        var remove = await CliRun.RunAsync(environment, "counter", "remove", "Loket Dua");
        using var after = await staff.GetAsync(new Uri("/api/counters/loket-dua", UriKind.Relative));
        var duplicate = await CliRun.RunAsync(environment, "display", "add", "tv ruang tunggu");

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("Added display \"TV Ruang Tunggu\" (tv-ruang-tunggu).", display.Output, StringComparison.Ordinal);
        Assert.Contains("/display", display.Output, StringComparison.Ordinal);
        Assert.Matches(@"display\s+tv-ruang-tunggu", list.Output);
        Assert.Matches(@"counter\s+loket-dua\s+Loket Dua\s+B\s+paired", list.Output);
        Assert.Equal(0, remove.ExitCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("409", duplicate.Error, StringComparison.Ordinal);

        // The display pairs with its code on the staff listener.
        var code = PairingLine().Match(display.Output).Groups[1].Value;
        using var paired = await server.StaffClient().PostAsJsonAsync("/api/counters/pair", new { code });
        Assert.Equal(HttpStatusCode.OK, paired.StatusCode);
    }

    [Fact]
    public async Task Provision_with_staff_lan_opens_the_staff_listener_on_every_interface()
    {
        var directory = CliRun.TempDirectory("provision-staff");
        var file = Path.Combine(directory, "kiosk.json");

        var run = await CliRun.RunAsync(CliRun.Environment(directory, file), "provision", "--config-file", file, "--staff-lan", "--no-restart");
        var shown = await CliRun.RunAsync(CliRun.Environment(directory, file), "counter", "add", "Loket 1", "--services", "A");

        Assert.True(run.ExitCode == 0, run.ToString());
        var staff = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("Kiosk").GetProperty("Staff");
        Assert.Equal("http://0.0.0.0:8081", staff.GetProperty("Urls").GetString());
        Assert.Contains($"http://{Dns.GetHostName()}:8081/counter", shown.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Pairing code: ([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})  \(once, valid 15 minutes\)")]
    private static partial Regex PairingLine();

    [GeneratedRegex(@"Token \(shown once; keep it secret\): ([A-Za-z0-9_-]{43})")]
    private static partial Regex TokenLine();
}
