using Kiosk.Host.Admin.Cli;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary><c>kiosk store check</c>, <c>repair</c> and <c>restore</c> on a stopped kiosk's data directory.</summary>
public class StoreRepairTests
{
    [Fact]
    public async Task Store_check_reports_a_readable_store_with_todays_last_ticket_and_the_floor()
    {
        var data = CliRun.TempDirectory("check");
        Issue(data, 4);

        var run = await CliRun.RunAsync(CliRun.Environment(data), "store", "check");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("A-004", run.Output, StringComparison.Ordinal);
        Assert.Contains("initialised", run.Output, StringComparison.Ordinal);
        Assert.Contains("verdict         OK", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_repair_of_a_log_of_random_bytes_keeps_the_damaged_files_and_numbering_continues()
    {
        var data = CliRun.TempDirectory("repair");
        Issue(data, 6);
        var garbage = new byte[2 * 8192];
        new Random(5).NextBytes(garbage);
        File.WriteAllBytes(StoreFiles.Log(data), garbage);

        var check = await CliRun.RunAsync(CliRun.Environment(data), "store", "check");
        var repair = await CliRun.RunAsync(CliRun.Environment(data), "store", "repair");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("not a LiteDB log", check.Output, StringComparison.Ordinal);
        Assert.True(repair.ExitCode == 0, repair.ToString());
        Assert.Contains("lost ", repair.Output, StringComparison.Ordinal);
        var kept = Assert.Single(Directory.GetFiles(data, StoreFiles.LogFileName + StoreRepairCommands.DamagedSuffix + "*"));
        Assert.Equal(garbage, File.ReadAllBytes(kept));
        Assert.Equal("A-007", Issue(data, 1));
    }

    [Fact]
    public async Task A_restored_same_day_backup_continues_above_the_live_stores_last_number()
    {
        var data = CliRun.TempDirectory("restore-floor");
        var backup = Path.Combine(Path.GetTempPath(), $"kiosk-backup-{Guid.NewGuid():N}.db");
        Issue(data, 148);
        Assert.Equal(0, (await CliRun.RunAsync(CliRun.Environment(data), "backup", backup)).ExitCode);
        Issue(data, 282 - 148);

        var restore = await CliRun.RunAsync(CliRun.Environment(data), "restore", backup);

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Equal("A-283", Issue(data, 1));
    }

    private static string Issue(string data, int count)
    {
        using var db = LiteKioskDatabase.Open(data);
        var queue = new QueueService(TestOffice.Profile(), new LiteTicketStore(db), TimeProvider.System, NumberingFloorFile.Open(data));
        var code = "";
        for (var i = 0; i < count; i++)
        {
            code = queue.Issue(new TicketRequest("A")).Ticket.Code;
        }

        return code;
    }
}
