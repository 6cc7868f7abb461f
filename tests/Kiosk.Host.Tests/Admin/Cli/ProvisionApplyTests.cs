using System.Diagnostics;
using System.Text.Json;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Admin;
using Kiosk.Host.Admin.Cli;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary>Provision and restore leave a device that works: files for the service account, the service restarted on the new file or the old file back.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class ProvisionApplyTests
{
    /// <summary>A test account standing in for the unit's User=kiosk, Group=kiosk (created once, as root).</summary>
    private const string TestAccount = "kiosktest16";

    private static readonly string[] Office = ["--site-code", "33.14.01", "--office-name", "Kecamatan Kalijambe"];

    [Fact]
    public async Task Provision_writes_one_Kiosk_object_with_nested_sections_and_no_doubled_or_colon_keys_even_when_run_twice()
    {
        var data = CliRun.TempDirectory("shape");
        var config = Path.Combine(data, "kiosk.json");
        var from = Path.Combine(data, "site.json");
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(from, """{ "Kiosk": { "Upstream": { "Url": "https://sync.sragenkab.go.id", "DeviceId": "kalijambe-01" } } }""");
        string[] flags = ["provision", "--config-file", config, "--from", from, .. Office, "--token", "s3cr3t-token-abcdefghijklmnop", "--upstream-url", "https://sync.sragenkab.go.id"];

        var first = await CliRun.RunAsync(CliRun.Environment(data), flags);
        var second = await CliRun.RunAsync(CliRun.Environment(data), flags);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var root = JsonDocument.Parse(await File.ReadAllTextAsync(config)).RootElement;
        Assert.Equal(["Kiosk"], root.EnumerateObject().Select(p => p.Name));
        var kiosk = root.GetProperty("Kiosk");
        Assert.False(kiosk.TryGetProperty("Kiosk", out _), "a doubled Kiosk:Kiosk section");
        Assert.DoesNotContain(Keys(root), k => k.Contains(':', StringComparison.Ordinal));
        var upstream = kiosk.GetProperty("Upstream");
        Assert.Equal(["Url", "DeviceId", "Token"], upstream.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Provision_as_root_hands_the_file_to_the_service_group_with_mode_0640()
    {
        EnsureTestAccount();
        var data = CliRun.TempDirectory("owner");
        var config = Path.Combine(data, "etc", "kiosk.json");
        var environment = CliRun.Environment(data);
        environment[ServiceAccount.UserVariable] = TestAccount;
        environment[ServiceAccount.GroupVariable] = TestAccount;

        var run = await CliRun.RunAsync(environment, ["provision", "--config-file", config, .. Office]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"0:{Id("-g")} 640", Stat(config));
    }

    [Fact]
    public async Task Restore_as_root_leaves_a_store_owned_by_the_service_user()
    {
        EnsureTestAccount();
        var source = CliRun.TempDirectory("owner-source");
        LiteKioskDatabase.Open(source).Dispose();
        var backup = Path.Combine(source, "backup.db");
        Assert.Equal(0, (await CliRun.RunAsync(CliRun.Environment(source), "backup", backup)).ExitCode);
        var data = CliRun.TempDirectory("owner-restore");
        var environment = CliRun.Environment(data);
        environment[ServiceAccount.UserVariable] = TestAccount;
        environment[ServiceAccount.GroupVariable] = TestAccount;

        var run = await CliRun.RunAsync(environment, "restore", backup);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"{Id("-u")}:{Id("-g")} ", Stat(Path.Combine(data, LiteKioskDatabase.FileName)), StringComparison.Ordinal);
        Assert.StartsWith($"{Id("-u")}:{Id("-g")} ", Stat(data), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_account_named_but_missing_exits_78_and_writes_nothing()
    {
        var data = CliRun.TempDirectory("owner-missing");
        var config = Path.Combine(data, "kiosk.json");
        var environment = CliRun.Environment(data);
        environment[ServiceAccount.GroupVariable] = "no-such-group-kiosk16";

        var run = await CliRun.RunAsync(environment, ["provision", "--config-file", config, .. Office]);

        Assert.Equal((int)ExitCode.ConfigurationInvalid, run.ExitCode);
        Assert.Contains("'no-such-group-kiosk16' does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(config));
    }

    [Fact]
    public async Task Provision_of_the_service_file_restarts_the_service_waits_for_health_and_runs_doctor()
    {
        await using var server = await KioskServer.StartAsync();
        var config = Path.Combine(server.DataDirectory, "kiosk.json");
        var environment = CliRun.Environment(server.DataDirectory, config);
        var marker = Path.Combine(server.DataDirectory, "restarted");
        environment[ServiceRestart.CommandVariable] = $"touch {marker}";

        var run = await CliRun.RunAsync(environment, ["provision", .. Office]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(marker), "the restart command ran");
        Assert.Contains("The service is up and healthy.", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASS  provision  Kecamatan Kalijambe (33.14.01)", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false", "exited 1")]
    [InlineData("true", "not healthy within 1 s")]
    public async Task Provision_rolls_the_file_back_byte_for_byte_when_the_service_does_not_come_up(string command, string why)
    {
        var data = CliRun.TempDirectory("rollback");
        var config = Path.Combine(data, "kiosk.json");
        Assert.Equal(0, (await CliRun.RunAsync(CliRun.Environment(data), ["provision", "--config-file", config, .. Office])).ExitCode);
        var before = await File.ReadAllBytesAsync(config);
        var environment = CliRun.Environment(data, config);
        environment[ServiceRestart.CommandVariable] = command;
        environment[ServiceRestart.TimeoutVariable] = "1";

        var run = await CliRun.RunAsync(environment, "provision", "--office-name", "Kecamatan Baru");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the service did not come up on the new configuration", run.Error, StringComparison.Ordinal);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(config));
        Assert.Empty(Directory.GetFiles(data, "*.rollback"));
    }

    [Fact]
    public async Task A_first_provision_that_does_not_come_up_removes_the_new_file()
    {
        var data = CliRun.TempDirectory("rollback-first");
        var config = Path.Combine(data, "kiosk.json");
        var environment = CliRun.Environment(data, config);
        environment[ServiceRestart.CommandVariable] = "false";

        var run = await CliRun.RunAsync(environment, ["provision", .. Office]);

        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(config));
    }

    [Fact]
    public async Task A_user_who_may_not_read_the_config_gets_exit_77_from_restore_and_a_doctor_warning_instead_of_a_verdict_on_defaults()
    {
        EnsureTestAccount();
        var root = CliRun.TempDirectory("hidden");
        var etc = Path.Combine(root, "etc");
        var config = Path.Combine(etc, "kiosk.json");
        Assert.Equal(0, (await CliRun.RunAsync(CliRun.Environment(root), ["provision", "--config-file", config, .. Office])).ExitCode);
        File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(etc, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var environment = CliRun.Environment(Path.Combine(root, "data"), config);

        var restore = await CliRun.RunProcessAsAsync(TestAccount, environment, "restore", config);
        var doctor = await CliRun.RunProcessAsAsync(TestAccount, environment, "doctor");

        Assert.True(restore.ExitCode == (int)ExitCode.NoPermission, restore.ToString());
        Assert.Equal($"kiosk: this user may not read {config}: run it with sudo.", restore.Error.Trim());
        Assert.Contains($"WARN  provision  {config} is not readable by this user", doctor.Output, StringComparison.Ordinal);
        Assert.Contains("sudo kiosk doctor checks them too", doctor.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PASS  config", doctor.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not provisioned", doctor.Output, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Keys(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            yield return property.Name;
            foreach (var key in Keys(property.Value))
            {
                yield return key;
            }
        }
    }

    private static void EnsureTestAccount()
    {
        Assert.True(Environment.IsPrivilegedProcess, "these tests chown files as the CLI does under sudo: run the suite as root");
        if (ServiceAccount.FindUserId(TestAccount) is null)
        {
            Run("useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", TestAccount);
        }
    }

    private static string Id(string which) => Run("id", which, TestAccount);

    private static string Stat(string path) => Run("stat", "-c", "%u:%g %a", path);

    private static string Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 || (file == "useradd" && process.ExitCode == 9), $"{file} {string.Join(' ', args)}: exit {process.ExitCode} {error}");
        return output.Trim();
    }
}
