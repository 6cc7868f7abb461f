using System.Security.Cryptography;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Admin.Cli;
using Kiosk.Host.Composition;
using Microsoft.Extensions.Configuration;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary>Restore and backup read their input and never write it: hashed before and after, byte for byte.</summary>
public class StoreInputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(8192)]
    [InlineData(16384)]
    [InlineData(20_000)]
    [InlineData(65_536)]
    public async Task Restore_of_a_file_that_is_not_a_store_exits_65_and_leaves_it_byte_for_byte(int size)
    {
        var data = CliRun.TempDirectory("restore-input");
        Directory.CreateDirectory(data);
        var input = Path.Combine(Path.GetTempPath(), $"kiosk-restore-input-{Guid.NewGuid():N}.db");
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        await File.WriteAllBytesAsync(input, bytes);
        var before = Hash(input);

        var run = await CliRun.RunAsync(CliRun.Environment(data), "restore", input);

        Assert.Equal((int)ExitCode.DataError, run.ExitCode);
        Assert.Equal(size, new FileInfo(input).Length);
        Assert.Equal(before, Hash(input));
        Assert.False(File.Exists(Path.Combine(data, LiteKioskDatabase.FileName)));
        File.Delete(input);
    }

    [Fact]
    public async Task Restore_of_a_valid_backup_leaves_the_backup_byte_for_byte()
    {
        var (backup, _) = await BackupWithTicketsAsync(3);
        var before = Hash(backup);
        var target = CliRun.TempDirectory("restore-valid");

        var run = await CliRun.RunAsync(CliRun.Environment(target), "restore", backup);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(before, Hash(backup));
        Assert.Equal(before, Hash(Path.Combine(target, LiteKioskDatabase.FileName)));
    }

    [Fact]
    public async Task Restoring_the_kept_before_restore_file_undoes_a_restore_and_leaves_that_file_as_it_was()
    {
        var (backup, _) = await BackupWithTicketsAsync(2);
        var data = CliRun.TempDirectory("undo-restore");
        LiteKioskDatabase.Open(data).Dispose();
        Assert.Equal(0, (await CliRun.RunAsync(CliRun.Environment(data), "restore", backup)).ExitCode);
        var kept = Path.Combine(data, LiteKioskDatabase.FileName + StoreCommands.BeforeRestoreSuffix);
        var keptHash = Hash(kept);
        var restoredHash = Hash(Path.Combine(data, LiteKioskDatabase.FileName));

        var undo = await CliRun.RunAsync(CliRun.Environment(data), "restore", kept);

        Assert.True(undo.ExitCode == 0, undo.ToString());
        Assert.Equal(keptHash, Hash(kept));
        Assert.Equal(keptHash, Hash(Path.Combine(data, LiteKioskDatabase.FileName)));
        // The store it replaced is kept too, under a timestamped name ("*.*" also matches the bare name).
        var keptAgain = Assert.Single(Directory.GetFiles(data, LiteKioskDatabase.FileName + StoreCommands.BeforeRestoreSuffix + ".*"), f => f != kept);
        Assert.Equal(restoredHash, Hash(keptAgain));
    }

    [Fact]
    public async Task Restore_of_the_store_onto_itself_is_refused_with_exit_2()
    {
        var data = CliRun.TempDirectory("restore-self");
        LiteKioskDatabase.Open(data).Dispose();
        var store = Path.Combine(data, LiteKioskDatabase.FileName);
        var before = Hash(store);

        var run = await CliRun.RunAsync(CliRun.Environment(data), "restore", store);

        Assert.Equal((int)ExitCode.Usage, run.ExitCode);
        Assert.Contains("is the store itself", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Hash(store));
    }

    [Fact]
    public async Task Backup_of_a_stopped_kiosk_leaves_its_store_and_log_byte_for_byte_and_holds_every_ticket()
    {
        var (backup, data) = await BackupWithTicketsAsync(5);
        var store = Path.Combine(data, LiteKioskDatabase.FileName);
        var log = Path.Combine(data, StoreCommands.LogFileName);
        var storeHash = Hash(store);
        var logHash = File.Exists(log) ? Hash(log) : null;
        var second = backup + ".2";

        var run = await CliRun.RunAsync(CliRun.Environment(data), "backup", second);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(storeHash, Hash(store));
        Assert.Equal(logHash, File.Exists(log) ? Hash(log) : null);
        using var copy = LiteKioskDatabase.OpenReadOnly(second);
        var queue = new QueueService(Office(), new LiteTicketStore(copy), TimeProvider.System);
        Assert.NotNull(queue.Find("A-005"));
    }

    /// <summary>A stopped kiosk's data directory with <paramref name="tickets"/> tickets and a backup of it.</summary>
    private static async Task<(string Backup, string Data)> BackupWithTicketsAsync(int tickets)
    {
        var data = CliRun.TempDirectory("with-tickets");
        using (var db = LiteKioskDatabase.Open(data))
        {
            var queue = new QueueService(Office(), new LiteTicketStore(db), TimeProvider.System);
            for (var i = 0; i < tickets; i++)
            {
                queue.Issue(new TicketRequest("A", Priority.None));
            }
        }

        var backup = Path.Combine(Path.GetTempPath(), $"kiosk-backup-input-{Guid.NewGuid():N}.db");
        var run = await CliRun.RunAsync(CliRun.Environment(data), "backup", backup);
        Assert.True(run.ExitCode == 0, run.ToString());
        return (backup, data);
    }

    private static Core.Configuration.OfficeProfile Office() =>
        ConfigurationCheck.Office(new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build());

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
