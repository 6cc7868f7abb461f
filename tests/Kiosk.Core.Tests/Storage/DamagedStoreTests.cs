using Kiosk.Core.Queue;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Core.Tests.Storage;

/// <summary>A store that cannot be read is refused, named and left as it was; never replaced by a fresh one.</summary>
public class DamagedStoreTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_empty_store_file_is_refused_and_left_as_it_was()
    {
        using var directory = InitialisedDevice(tickets: 3);
        File.WriteAllBytes(StorePath(directory), []);

        AssertRefusedUntouched(directory, "kiosk.db", "empty");
    }

    [Theory]
    [InlineData("random")]
    [InlineData("text")]
    public void A_foreign_file_named_kiosk_db_is_refused_and_left_as_it_was(string kind)
    {
        using var directory = InitialisedDevice(tickets: 3);
        var bytes = kind == "text" ? "this is not a database\n"u8.ToArray() : Random(new Random(7), 3 * 8192);
        File.WriteAllBytes(StorePath(directory), bytes);

        AssertRefusedUntouched(directory, "kiosk.db", "not a LiteDB");
    }

    [Fact]
    public void Random_bytes_in_the_log_are_refused_and_left_as_they_were()
    {
        using var directory = InitialisedDevice(tickets: 3);
        File.WriteAllBytes(Path.Combine(directory.Path, StoreFiles.LogFileName), Random(new Random(11), 2 * 8192));

        AssertRefusedUntouched(directory, "kiosk-log.db", "not a LiteDB log");
    }

    [Fact]
    public void A_store_missing_after_initialisation_is_refused_not_created_afresh()
    {
        using var directory = InitialisedDevice(tickets: 3);
        File.Delete(StorePath(directory));

        AssertRefusedUntouched(directory, "kiosk.db", "store missing");
        Assert.False(File.Exists(StorePath(directory)));
    }

    [Fact]
    public void A_deleted_log_that_held_todays_tickets_is_refused_rather_than_numbering_again()
    {
        using var directory = new TempDirectory();
        // A crash (no checkpoint): the day's tickets are only in the log.
        var kiosk = Kiosk.OnFile(directory.Path, Time);
        for (var i = 0; i < 5; i++)
        {
            kiosk.Queue.Issue(new TicketRequest("A"));
        }

        var crashed = CopyOf(directory.Path);
        kiosk.Dispose();
        using var copy = crashed;
        File.Delete(Path.Combine(copy.Path, StoreFiles.LogFileName));

        AssertRefusedUntouched(copy, "kiosk-log.db", "A-005");
    }

    [Fact]
    public void The_first_start_creates_the_store_and_marks_the_device_initialised()
    {
        using var directory = new TempDirectory();

        using (LiteKioskDatabase.Open(directory.Path, Time))
        {
        }

        Assert.True(File.Exists(StorePath(directory)));
        Assert.Contains("2026-11-23", File.ReadAllText(Path.Combine(directory.Path, StoreFiles.MarkerFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_readable_store_from_before_the_marker_is_marked_and_opened()
    {
        using var directory = InitialisedDevice(tickets: 2);
        File.Delete(Path.Combine(directory.Path, StoreFiles.MarkerFileName));

        using (var kiosk = Kiosk.OnFile(directory.Path, Time))
        {
            Assert.Equal("A-003", kiosk.Queue.Issue(new TicketRequest("A")).Ticket.Code);
        }

        Assert.True(File.Exists(Path.Combine(directory.Path, StoreFiles.MarkerFileName)));
    }

    internal static TempDirectory InitialisedDevice(int tickets)
    {
        var directory = new TempDirectory();
        using var kiosk = Kiosk.OnFile(directory.Path, Time);
        for (var i = 0; i < tickets; i++)
        {
            kiosk.Queue.Issue(new TicketRequest("A"));
        }

        return directory;
    }

    private static string StorePath(TempDirectory directory) => Path.Combine(directory.Path, LiteKioskDatabase.FileName);

    private static void AssertRefusedUntouched(TempDirectory directory, string file, string problem)
    {
        var before = Snapshot(directory.Path);

        var refusal = Assert.Throws<StoreDamagedException>(() => LiteKioskDatabase.Open(directory.Path, Time).Dispose());

        Assert.True(file == Path.GetFileName(refusal.File), refusal.Message);
        Assert.Contains(problem, refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refusal.Message);
        Assert.Equal(before, Snapshot(directory.Path));
    }

    private static TempDirectory CopyOf(string source)
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        }

        return copy;
    }

    private static SortedDictionary<string, string> Snapshot(string directory) =>
        new(Directory.GetFiles(directory).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private static byte[] Random(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
