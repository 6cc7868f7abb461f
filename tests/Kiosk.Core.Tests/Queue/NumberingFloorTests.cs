using Kiosk.Core.Queue;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Core.Tests.Queue;

/// <summary>The floor outside the store: the queue never issues at or below a number already issued today.</summary>
public class NumberingFloorTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_same_day_backup_restored_behind_the_live_store_continues_above_the_last_issued_number()
    {
        using var directory = new TempDirectory();
        var time = new FakeTimeProvider(Morning);
        var backup = Path.Combine(directory.Path, "backup.db");
        using (var kiosk = Kiosk.OnFile(directory.Path, time))
        {
            Issue(kiosk, 148);
            kiosk.Db.BackupTo(backup);
            Issue(kiosk, 282 - 148);
        }

        // What `kiosk restore` does: the backup replaces the store, knowingly.
        File.Copy(backup, StoreFiles.Store(directory.Path), overwrite: true);
        StoreFiles.NoteReplaced(directory.Path, "restore", Morning);

        using var restored = Kiosk.OnFile(directory.Path, time);
        Assert.Equal("A-283", restored.Queue.Issue(new TicketRequest("A")).Ticket.Code);
    }

    [Fact]
    public void A_clock_set_back_neither_restarts_the_day_nor_orders_a_ticket_before_the_last()
    {
        using var directory = new TempDirectory();
        DateTimeOffset lastIssued;
        using (var kiosk = Kiosk.OnFile(directory.Path, new FakeTimeProvider(Morning)))
        {
            lastIssued = Issue(kiosk, 5).IssuedAt;
        }

        // The RTC lost a day: the clock now reads yesterday.
        using var setBack = Kiosk.OnFile(directory.Path, new FakeTimeProvider(Morning.AddDays(-1)));
        var next = setBack.Queue.Issue(new TicketRequest("A")).Ticket;

        Assert.Equal("A-006", next.Code);
        Assert.Equal("2026-11-23", next.ServiceDay);
        Assert.True(next.IssuedAt >= lastIssued, $"{next.IssuedAt:O} is before {lastIssued:O}");
    }

    [Fact]
    public void The_floor_is_on_disk_when_the_number_is_answered()
    {
        using var directory = new TempDirectory();
        using var kiosk = Kiosk.OnFile(directory.Path, new FakeTimeProvider(Morning));

        Issue(kiosk, 3);

        var floor = NumberingFloorFile.Open(directory.Path);
        Assert.Equal(3, floor.Last(new DateOnly(2026, 11, 23), "A"));
        Assert.False(File.Exists(Path.Combine(directory.Path, NumberingFloorFile.FileName + ".tmp")));
    }

    [Fact]
    public void A_numbering_floor_file_that_does_not_parse_refuses_the_store()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(Path.Combine(directory.Path, NumberingFloorFile.FileName), "day 2026-11-23\nA ١٥٠\n");

        var refusal = Assert.Throws<StoreDamagedException>(() => NumberingFloorFile.Open(directory.Path));

        Assert.Contains("line 2", refusal.Message, StringComparison.Ordinal);
    }

    private static Ticket Issue(Kiosk kiosk, int count)
    {
        Ticket? last = null;
        for (var i = 0; i < count; i++)
        {
            last = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;
        }

        return last!;
    }
}
