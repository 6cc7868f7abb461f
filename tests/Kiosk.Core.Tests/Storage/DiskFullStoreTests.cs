using Kiosk.Core.Queue;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using LiteDB;

namespace Kiosk.Core.Tests.Storage;

/// <summary>
/// The store on a real full disk (a small tmpfs): what LiteDB does, and what the store makes of it.
/// The bodies run on the thread pool: on the test's own thread LiteDB's log writer never finished
/// after ENOSPC (both tests hung there).
/// </summary>
public class DiskFullStoreTests
{
    [Fact]
    public Task LiteDB_closes_itself_on_a_full_disk_and_the_same_instance_never_works_again_so_the_store_reopens_it() => Task.Run(() =>
    {
        using var disk = SmallDisk.Mount(mebibytes: 4);
        var file = Path.Combine(disk.Path, "quirk.db");
        using var database = new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct });
        var items = database.GetCollection("items");
        items.Insert(new BsonDocument { ["_id"] = 1, ["text"] = "before" });

        disk.Fill();
        var full = Assert.ThrowsAny<IOException>(() => InsertMany(database, 2));
        Assert.True(StorageFullException.IsCause(full), $"ENOSPC is recognised: HResult {full.HResult}, {full.Message}");

        // Space returns, but this instance rethrows the same error forever, reads included.
        disk.Free();
        Assert.Same(full, Assert.ThrowsAny<IOException>(() => database.GetCollection("items").FindById(1)));
        Assert.Same(full, Assert.ThrowsAny<IOException>(() => database.GetCollection("items").Insert(new BsonDocument { ["_id"] = 100_000 })));

        // A new instance on the same files reads what was committed and writes again.
        database.Dispose();
        using var reopened = new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct });
        Assert.Equal("before", reopened.GetCollection("items").FindById(1)["text"].AsString);
        reopened.GetCollection("items").Insert(new BsonDocument { ["_id"] = 100_001 });
    });

    [Fact]
    public Task A_full_disk_refuses_ticket_writes_keeps_reads_and_resumes_without_a_gap_when_space_returns() => Task.Run(() =>
    {
        using var disk = SmallDisk.Mount(mebibytes: 8);
        var data = Path.Combine(disk.Path, "data");
        using var db = LiteKioskDatabase.Open(data);
        var queue = new QueueService(TestOffice.Profile("Asia/Jakarta"), new LiteTicketStore(db), TimeProvider.System, NumberingFloorFile.Open(data));
        Assert.Equal("A-001", queue.Issue(new TicketRequest("A")).Ticket.Code);
        Assert.Equal(StoreBallast.DefaultSize, new FileInfo(Path.Combine(data, StoreBallast.FileName)).Length);

        disk.Fill();
        Assert.Throws<StorageFullException>(() => queue.Issue(new TicketRequest("A")));
        Assert.True(db.IsFull);
        Assert.False(File.Exists(Path.Combine(data, StoreBallast.FileName)), "the ballast is released for LiteDB");
        Assert.Throws<StorageFullException>(() => queue.Issue(new TicketRequest("A")));
        Assert.NotNull(queue.Find("A-001"));

        disk.Free();
        Assert.Equal("A-002", queue.Issue(new TicketRequest("A")).Ticket.Code);
        Assert.False(db.IsFull);
        Assert.Equal(StoreBallast.DefaultSize, new FileInfo(Path.Combine(data, StoreBallast.FileName)).Length);
    });

    /// <summary>One transaction of 1 MiB, as the store writes: the commit's log write finds the disk full.</summary>
    private static void InsertMany(LiteDatabase database, int from)
    {
        var text = new string('x', 4000);
        Assert.True(database.BeginTrans());
        for (var i = from; i < from + 256; i++)
        {
            database.GetCollection("items").Insert(new BsonDocument { ["_id"] = i, ["text"] = text });
        }

        database.Commit();
    }
}
