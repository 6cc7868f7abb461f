using System.Security.Cryptography;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Composition;

/// <summary>The real process on a damaged store: exit 73, one line naming the file, the files untouched.</summary>
public class DamagedStoreStartupTests
{
    [Theory]
    [InlineData("empty")]
    [InlineData("missing")]
    public async Task A_damaged_store_stops_the_service_with_73_naming_the_file_and_leaves_it_as_it_was(string damage)
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-damaged-" + Guid.NewGuid().ToString("N"));
        using (var db = LiteKioskDatabase.Open(data))
        {
            var office = TestOffice.Profile("Asia/Jakarta");
            var queue = new QueueService(office, new LiteTicketStore(db), TimeProvider.System, NumberingFloorFile.Open(data));
            for (var i = 0; i < 3; i++)
            {
                queue.Issue(new TicketRequest("A"));
            }
        }

        var store = StoreFiles.Store(data);
        if (damage == "empty")
        {
            File.WriteAllBytes(store, []);
        }
        else
        {
            File.Delete(store);
        }

        var before = Snapshot(data);
        using var kiosk = KioskProcess.Start(data);

        Assert.Equal((int)ExitCode.CannotCreate, await kiosk.WaitForExitAsync());
        var line = Assert.Single(kiosk.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(store, StringComparison.Ordinal));
        Assert.Contains(damage == "empty" ? "empty" : "store missing", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", kiosk.Output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(data));
    }

    private static string Snapshot(string directory) => string.Join(
        '\n',
        Directory.GetFiles(directory).Order(StringComparer.Ordinal).Select(f => $"{Path.GetFileName(f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}"));
}
