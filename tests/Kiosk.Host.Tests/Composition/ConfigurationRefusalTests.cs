using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Composition;

/// <summary>What a real process shows for a configuration it cannot use: exit 78, every bad key, no stack trace, nothing listening.</summary>
public class ConfigurationRefusalTests
{
    [Fact]
    public async Task Bad_values_in_every_section_an_unknown_key_and_an_unreadable_value_are_all_named_at_once_without_a_stack_trace()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-bad-everything-" + Guid.NewGuid().ToString("N"));
        using var kiosk = KioskProcess.Start(
            data,
            "--Kiosk:Modem:Port=/dev/ttyUSB2",
            "--Kiosk:Modem:BaudRate=abc",
            "--Kiosk:Office:SiteCode=33-14",
            "--Kiosk:Printer:Transport=tcp",
            "--Kiosk:Printer:Virtual:Condition=melted",
            "--Kiosk:Upstream:Url=https://sync.sragenkab.go.id",
            "--Kiosk:Upstream:DeviceId=kec-sine-01",
            "--Kiosk:Upstream:Token=t0ken",
            "--Kiosk:Upstream:CaFile=/nonexistent/upstream-ca.pem",
            "--Kiosk:Sms:DailyBudget=0",
            "--Kiosk:Gpio:StatusLedPin=99",
            "--Kiosk:Ui:IdleSeconds=0",
            "--Kiosk:Admin:Socket=/run/" + new string('k', 120),
            "--Kiosk:Power:PoweroffCommand= ");

        Assert.Equal((int)ExitCode.ConfigurationInvalid, await kiosk.WaitForExitAsync());
        var output = kiosk.Output;
        Assert.Contains("Kiosk:Modem:Port: unknown setting; did you mean Kiosk:Modem:Device?", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Modem:BaudRate: 'abc' is not a whole number", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Office:SiteCode: '33-14' is not a Kemendagri kecamatan code", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Printer:Host: is required for the tcp transport", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Printer:Virtual:Condition: 'melted' is not one of", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Upstream:CaFile: '/nonexistent/upstream-ca.pem' does not exist", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Sms:DailyBudget: 0", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Gpio:StatusLedPin: BCM pin 99", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Ui:IdleSeconds: ", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Admin:Socket: ", output, StringComparison.Ordinal);
        Assert.Contains("Kiosk:Power:PoweroffCommand: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kiosk_json_that_is_not_valid_JSON_exits_78_naming_the_file_without_a_stack_trace()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-broken-json-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var file = Path.Combine(data, "kiosk.json");
        await File.WriteAllTextAsync(file, "{ \"Kiosk\": { \"Office\": { \"Name\": \"Kecamatan Sine\", } ");
        try
        {
            using var kiosk = KioskProcess.Start(data, $"--KIOSK_CONFIG={file}");

            Assert.Equal((int)ExitCode.ConfigurationInvalid, await kiosk.WaitForExitAsync());
            Assert.Contains($"{file}: not valid JSON", kiosk.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", kiosk.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
