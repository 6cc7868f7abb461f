using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Admin.Cli;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary>
/// <c>kiosk factory-reset</c> (issue 16): a backup first, then everything of this kiosk removed
/// but its keys, so the next start is a first start; and every way it refuses changes nothing.
/// </summary>
public sealed class FactoryResetTests : IDisposable
{
    private readonly string _root = CliRun.TempDirectory("factory-reset");

    public FactoryResetTests()
    {
        Directory.CreateDirectory(Path.Combine(Data, FactoryResetCommand.KeysDirectory));
        File.WriteAllText(Path.Combine(Data, FactoryResetCommand.KeysDirectory, "upstream.key"), "secret");
        Directory.CreateDirectory(Etc);
        File.WriteAllText(ConfigFile, """{ "Kiosk": { "Office": { "Name": "Kecamatan Sragen" } } }""");
        File.WriteAllText(Path.Combine(Etc, FactoryResetCommand.DeviceKeyFile), "device-secret");
    }

    private string Data => Path.Combine(_root, "var");

    private string Etc => Path.Combine(_root, "etc");

    private string ConfigFile => Path.Combine(Etc, "kiosk.json");

    private string Backup => Path.Combine(_root, "backup");

    private Dictionary<string, string?> Environment => CliRun.Environment(Data, ConfigFile);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task After_a_reset_the_kiosk_starts_fresh_keeps_its_keys_and_the_backup_restores_the_old_store()
    {
        await IssueTicketsAsync(3);

        var reset = await CliRun.RunAsync(Environment, "factory-reset", "--yes", "--backup-dir", Backup);

        Assert.True(reset.ExitCode == 0, reset.ToString());
        Assert.Equal([FactoryResetCommand.KeysDirectory], Directory.EnumerateFileSystemEntries(Data).Select(Path.GetFileName));
        Assert.False(File.Exists(ConfigFile));
        Assert.True(File.Exists(Path.Combine(Etc, FactoryResetCommand.DeviceKeyFile)));
        Assert.Equal(["kiosk.db", "kiosk.json"], Directory.EnumerateFiles(Backup).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("The next start is a first start", reset.Output, StringComparison.Ordinal);

        // A first start: a new store and marker, numbering from 1 again.
        await using (var fresh = await KioskServer.StartAsync(null, Data))
        {
            var ticket = await fresh.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
            Assert.Equal("A-001", ticket.GetProperty("code").GetString());
            Assert.True(File.Exists(StoreFiles.Marker(Data)));
            await fresh.StopAsync();
        }

        var restore = await CliRun.RunAsync(Environment, "restore", Path.Combine(Backup, LiteKioskDatabase.FileName));
        var show = await CliRun.RunAsync(Environment, "ticket", "show", "A-003");

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.True(show.ExitCode == 0, show.ToString());
    }

    [Fact]
    public async Task Wipe_keys_also_removes_the_device_key_and_the_keys_directory()
    {
        var run = await CliRun.RunAsync(Environment, "factory-reset", "--yes", "--wipe-keys", "--backup-dir", Backup);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Data));
        Assert.False(File.Exists(Path.Combine(Etc, FactoryResetCommand.DeviceKeyFile)));
        Assert.DoesNotContain("upstream.key", Directory.EnumerateFiles(Backup, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public async Task In_a_script_without_yes_it_refuses_with_exit_2_and_removes_nothing()
    {
        await IssueTicketsAsync(1);

        var run = await CliRun.RunAsync(Environment, "factory-reset");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("add --yes", run.Error, StringComparison.Ordinal);
        AssertUntouched();
    }

    [Fact]
    public async Task A_wrong_site_code_at_the_prompt_removes_nothing()
    {
        await IssueTicketsAsync(1);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await KioskCli.RunAsync(["factory-reset", "--backup-dir", Backup], output, error, Environment, CancellationToken.None, new StringReader("33.14.11\n"), interactive: true);

        Assert.Equal(1, code);
        Assert.Contains("Type the site code 33.14.10 to confirm", error.ToString(), StringComparison.Ordinal);
        AssertUntouched();
        Assert.False(Directory.Exists(Backup));
    }

    [Fact]
    public async Task The_right_site_code_at_the_prompt_resets()
    {
        await IssueTicketsAsync(1);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await KioskCli.RunAsync(["factory-reset", "--backup-dir", Backup], output, error, Environment, CancellationToken.None, new StringReader("33.14.10\n"), interactive: true);

        Assert.True(code == 0, error.ToString());
        Assert.False(File.Exists(StoreFiles.Store(Data)));
    }

    [Fact]
    public async Task While_the_service_runs_it_refuses_and_says_to_stop_it()
    {
        await using var server = await KioskServer.StartAsync(null, Data);

        var run = await CliRun.RunAsync(Environment, "factory-reset", "--yes", "--backup-dir", Backup);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("systemctl stop kiosk", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(ConfigFile));
        Assert.False(Directory.Exists(Backup));
        await server.StopAsync();
    }

    [Fact]
    public async Task A_backup_directory_inside_the_data_directory_is_refused()
    {
        await IssueTicketsAsync(1);

        var run = await CliRun.RunAsync(Environment, "factory-reset", "--yes", "--backup-dir", Path.Combine(Data, "backup"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("inside the data directory", run.Error, StringComparison.Ordinal);
        AssertUntouched();
    }

    [Fact]
    public async Task A_store_that_does_not_open_is_copied_as_it_is_before_it_is_removed()
    {
        Directory.CreateDirectory(Data);
        var garbage = new byte[8192];
        new Random(16).NextBytes(garbage);
        await File.WriteAllBytesAsync(StoreFiles.Store(Data), garbage);

        var run = await CliRun.RunAsync(Environment, "factory-reset", "--yes", "--backup-dir", Backup);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("its files were copied as they are", run.Output, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(Path.Combine(Backup, LiteKioskDatabase.FileName)));
    }

    private async Task IssueTicketsAsync(int count)
    {
        await using var server = await KioskServer.StartAsync(null, Data);
        for (var i = 0; i < count; i++)
        {
            await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        }

        await server.StopAsync();
    }

    private void AssertUntouched()
    {
        Assert.True(File.Exists(StoreFiles.Store(Data)));
        Assert.True(File.Exists(ConfigFile));
    }
}
