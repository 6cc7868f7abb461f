using System.Text.Json;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Admin.Cli;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class ProvisionTests
{
    private static readonly string[] GoodFlags =
    [
        "--site-code", "33.14.01",
        "--office-name", "Kecamatan Kalijambe",
        "--timezone", "Asia/Jakarta",
        "--village", "Desa Banaran",
        "--village", "Desa Trobayan",
        "--service", "A=Pengaduan & Informasi=Complaints & Information=8",
        "--service", "B=Layanan Sosial=Social Services=12",
        "--category", "bansos=Bantuan sosial=Social assistance",
        "--sms-number", "081298765432",
        "--upstream-url", "https://sync.sragenkab.go.id",
        "--device-id", "kalijambe-01",
        "--token", "s3cr3t-token-abcdefghijklmnop",
    ];

    [Fact]
    public async Task Provision_with_flags_writes_a_valid_file_with_mode_0640_and_never_prints_the_token()
    {
        var directory = CliRun.TempDirectory("provision");
        var file = Path.Combine(directory, "etc", "kiosk.json");

        var run = await CliRun.RunAsync(CliRun.Environment(directory), ["provision", "--config-file", file, .. GoodFlags]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("s3cr3t-token-abcdefghijklmnop", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Contains("****mnop", run.Output, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(file));
        var kiosk = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("Kiosk");
        Assert.Equal("33.14.01", kiosk.GetProperty("Office").GetProperty("SiteCode").GetString());
        Assert.Equal(2, kiosk.GetProperty("Office").GetProperty("Villages").GetArrayLength());
        Assert.Equal(12, kiosk.GetProperty("Office").GetProperty("Services")[1].GetProperty("DefaultMinutes").GetInt32());
        Assert.Equal("kalijambe-01", kiosk.GetProperty("Upstream").GetProperty("DeviceId").GetString());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, "*.tmp"));
    }

    [Fact]
    public async Task A_bad_site_code_exits_78_naming_the_key_and_writes_nothing()
    {
        var directory = CliRun.TempDirectory("provision-bad");
        var file = Path.Combine(directory, "kiosk.json");

        var run = await CliRun.RunAsync(CliRun.Environment(directory), "provision", "--config-file", file, "--site-code", "33-14");

        Assert.Equal((int)ExitCode.ConfigurationInvalid, run.ExitCode);
        Assert.Contains("Kiosk:Office:SiteCode: '33-14' is not a Kemendagri kecamatan code", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(directory));
    }

    [Fact]
    public async Task An_upstream_over_plain_http_is_refused_by_the_upstream_validator_naming_the_key()
    {
        var directory = CliRun.TempDirectory("provision-http");
        var file = Path.Combine(directory, "kiosk.json");

        var run = await CliRun.RunAsync(CliRun.Environment(directory), "provision", "--config-file", file, "--upstream-url", "http://sync.example.id", "--device-id", "d1", "--token", "abc");

        Assert.Equal((int)ExitCode.ConfigurationInvalid, run.ExitCode);
        Assert.Contains("Kiosk:Upstream:Url: must use https", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_printer_on_tcp_without_a_host_is_refused_naming_the_printer_key()
    {
        var directory = CliRun.TempDirectory("provision-printer");
        var file = Path.Combine(directory, "kiosk.json");

        var run = await CliRun.RunAsync(CliRun.Environment(directory), "provision", "--config-file", file, "--printer-transport", "tcp");

        Assert.Equal((int)ExitCode.ConfigurationInvalid, run.ExitCode);
        Assert.Contains("Kiosk:Printer:Host: is required for the tcp transport", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_service_flag_is_a_usage_error_that_shows_the_expected_form()
    {
        var directory = CliRun.TempDirectory("provision-service");

        var run = await CliRun.RunAsync(CliRun.Environment(directory), "provision", "--config-file", Path.Combine(directory, "k.json"), "--service", "A-Pengaduan");

        Assert.Equal((int)ExitCode.Usage, run.ExitCode);
        Assert.Contains("expected CODE=Name=English name=minutes", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provision_from_a_JSON_file_writes_its_settings_and_flags_win_over_it()
    {
        var directory = CliRun.TempDirectory("provision-from");
        Directory.CreateDirectory(directory);
        var from = Path.Combine(directory, "site.json");
        await File.WriteAllTextAsync(from, """
            { "Kiosk": { "Office": { "SiteCode": "33.14.02", "Name": "Kecamatan Plupuh", "Villages": ["Desa Gedongan", "Desa Jabung", "Desa Karangwaru"] },
                         "Printer": { "Transport": "tcp", "Host": "192.168.1.50" } } }
            """);
        var file = Path.Combine(directory, "kiosk.json");

        var run = await CliRun.RunAsync(CliRun.Environment(directory), "provision", "--config-file", file, "--from", from, "--office-name", "Kecamatan Plupuh Baru");

        Assert.True(run.ExitCode == 0, run.ToString());
        var kiosk = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("Kiosk");
        Assert.Equal("33.14.02", kiosk.GetProperty("Office").GetProperty("SiteCode").GetString());
        Assert.Equal("Kecamatan Plupuh Baru", kiosk.GetProperty("Office").GetProperty("Name").GetString());
        Assert.Equal("192.168.1.50", kiosk.GetProperty("Printer").GetProperty("Host").GetString());
    }

    [Fact]
    public async Task The_service_reads_the_provisioned_file_and_its_village_list_replaces_the_sample_list_whole()
    {
        var directory = CliRun.TempDirectory("provision-host");
        var file = Path.Combine(directory, "kiosk.json");
        var run = await CliRun.RunAsync(CliRun.Environment(directory), ["provision", "--config-file", file, .. GoodFlags]);
        Assert.True(run.ExitCode == 0, run.ToString());

        await using var server = await KioskServer.StartAsync(null, Path.Combine(directory, "data"), $"--KIOSK_CONFIG={file}");
        var office = await server.GetJsonAsync("/api/office", 200);

        Assert.Equal("Kecamatan Kalijambe", office.GetProperty("name").GetString());
        Assert.Equal(["Desa Banaran", "Desa Trobayan"], office.GetProperty("villages").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(2, office.GetProperty("services").GetArrayLength());
    }
}
