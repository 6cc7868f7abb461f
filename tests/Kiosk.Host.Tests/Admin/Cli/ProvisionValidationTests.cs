using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary>Provision refuses exactly what the service refuses at start, and then writes nothing.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class ProvisionValidationTests
{
    private static readonly string[] GoodFlags =
    [
        "--site-code", "33.14.01",
        "--office-name", "Kecamatan Kalijambe",
        "--modem-port", "/dev/kiosk-modem",
    ];

    [Theory]
    [InlineData("Kiosk:Modem:Device: an absolute device path", "--modem-port", "ttyUSB2")]
    [InlineData("Kiosk:Office:SiteCode: '33-14' is not a Kemendagri kecamatan code", "--site-code", "33-14")]
    [InlineData("Kiosk:Printer:Transport: 'laser' is not one of Virtual, Usb, Serial, Tcp", "--printer-transport", "laser")]
    [InlineData("Kiosk:Printer:Device: 'lp0' must be an absolute device path", "--printer-transport", "usb", "--printer-device", "lp0")]
    [InlineData("Kiosk:Printer:PaperWidth: '57' is not one of", "--paper-width", "57")]
    [InlineData("Kiosk:Upstream:Url: must be an absolute http:// or https:// URL", "--upstream-url", "sync.sragenkab.go.id", "--device-id", "d1", "--token", "abc")]
    [InlineData("Kiosk:Upstream:Token: is required", "--upstream-url", "https://sync.sragenkab.go.id", "--device-id", "d1")]
    public async Task An_invalid_flag_exits_78_naming_the_key_and_leaves_the_existing_file_byte_identical(string expected, params string[] flags)
    {
        var directory = CliRun.TempDirectory("provision-refused");
        var file = Path.Combine(directory, "kiosk.json");
        var first = await CliRun.RunAsync(CliRun.Environment(directory), ["provision", "--config-file", file, .. GoodFlags]);
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = await File.ReadAllBytesAsync(file);

        var run = await CliRun.RunAsync(CliRun.Environment(directory), ["provision", "--config-file", file, .. flags]);

        Assert.Equal((int)ExitCode.ConfigurationInvalid, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(file));
        Assert.Equal([file], Directory.GetFiles(directory));
    }

    [Theory]
    [InlineData("""{ "Kiosk": { "Modem": { "Transport": "serial", "Device": "/dev/ttyUSB2", "BaudRate": 12345 } } }""", "Kiosk:Modem:BaudRate: 12345 is not a standard rate")]
    [InlineData("""{ "Kiosk": { "Modem": { "Port": "/dev/ttyUSB2" } } }""", "Kiosk:Modem:Port: unknown setting; did you mean Kiosk:Modem:Device?")]
    [InlineData("""{ "Kiosk": { "Modem": { "BaudRate": "fast" } } }""", "Kiosk:Modem:BaudRate: 'fast' is not a whole number")]
    [InlineData("""{ "Kiosk": { "Sms": { "DailyBudget": 0 } } }""", "Kiosk:Sms:DailyBudget: 0 is not between")]
    [InlineData("""{ "Kiosk": { "Gpio": { "StatusLedPin": 17, "TicketButtonPin": 17 } } }""", "Kiosk:Gpio:TicketButtonPin: BCM pin 17 is already used")]
    [InlineData("""{ "Kiosk": { "Ui": { "IdleSeconds": 1 } } }""", "Kiosk:Ui:IdleSeconds: must be between 2 and 3600 seconds")]
    [InlineData("""{ "Kiosk": { "Upstream": { "Url": "https://sync.sragenkab.go.id", "DeviceId": "d1", "Token": "abc", "CaFile": "/nonexistent/ca.pem" } } }""", "Kiosk:Upstream:CaFile: '/nonexistent/ca.pem' does not exist")]
    public async Task A_file_given_with_from_is_checked_by_the_same_validators_and_nothing_is_written(string json, string expected)
    {
        var directory = CliRun.TempDirectory("provision-from-refused");
        Directory.CreateDirectory(directory);
        var from = Path.Combine(directory, "site.json");
        await File.WriteAllTextAsync(from, json);
        var file = Path.Combine(directory, "kiosk.json");

        var run = await CliRun.RunAsync(CliRun.Environment(directory), "provision", "--config-file", file, "--from", from);

        Assert.Equal((int)ExitCode.ConfigurationInvalid, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.Equal([from], Directory.GetFiles(directory));
    }

    [Fact]
    public async Task Doctor_reports_the_problems_of_every_section_one_line_each()
    {
        var directory = CliRun.TempDirectory("doctor-config");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "kiosk.json");
        await File.WriteAllTextAsync(file, """
            { "Kiosk": {
                "Office": { "SiteCode": "33-14" },
                "Printer": { "Transport": "tcp" },
                "Upstream": { "Url": "http://sync.sragenkab.go.id", "DeviceId": "d1", "Token": "abc" },
                "Modem": { "Transport": "serial", "Device": "ttyUSB2", "Port": "x" },
                "Sms": { "RepliesPerNumberPerHour": 0 },
                "Gpio": { "BuzzerPwmChannel": 7 },
                "Ui": { "DefaultLanguage": "fr" },
                "Admin": { "Socket": "" },
                "Power": { "PoweroffCommand": " " } } }
            """);

        var run = await CliRun.RunAsync(CliRun.Environment(Path.Combine(directory, "data"), file), "doctor");

        Assert.Equal((int)ExitCode.Failure, run.ExitCode);
        var failures = run.Output.Split('\n').Where(l => l.StartsWith("FAIL  config", StringComparison.Ordinal)).ToList();
        foreach (var key in (string[])["Kiosk:Office:SiteCode:", "Kiosk:Printer:Host:", "Kiosk:Upstream:Url:", "Kiosk:Modem:Device:", "Kiosk:Modem:Port: unknown setting", "Kiosk:Sms:RepliesPerNumberPerHour:", "Kiosk:Gpio:BuzzerPwmChannel:", "Kiosk:Ui:DefaultLanguage:", "Kiosk:Admin:Socket:", "Kiosk:Power:PoweroffCommand:"])
        {
            Assert.Contains(failures, l => l.Contains(key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Doctor_on_a_kiosk_json_that_is_not_valid_JSON_exits_78_naming_the_file_without_a_stack_trace()
    {
        var directory = CliRun.TempDirectory("doctor-broken");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "kiosk.json");
        await File.WriteAllTextAsync(file, "{ \"Kiosk\": ");

        var run = await CliRun.RunAsync(CliRun.Environment(Path.Combine(directory, "data"), file), "doctor");

        Assert.Equal((int)ExitCode.ConfigurationInvalid, run.ExitCode);
        Assert.Contains($"{file}: not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }
}
