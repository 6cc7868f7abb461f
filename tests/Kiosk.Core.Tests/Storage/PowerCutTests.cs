using Kiosk.Core.Queue;
using Kiosk.Core.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;
using Kiosk.Testing.Storage;

namespace Kiosk.Core.Tests.Storage;

/// <summary>
/// Power cuts at seeded random writes (the longer run: <c>bench -- power-cuts 200</c>): what a
/// store acknowledged is there after reopening, and no number is issued twice.
/// </summary>
public class PowerCutTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_power_cut_loses_no_acknowledged_ticket_or_complaint_and_no_number_is_issued_twice(int seed)
    {
        var outcome = PowerCutRun.Run(seed);

        Assert.False(outcome.Unreadable, $"the store did not reopen after the cut at operation {outcome.CutAt}");
        Assert.Equal((0, 0), (outcome.LostBeforeLastFlush, outcome.Duplicates));
    }

    [Fact]
    public async Task Every_commit_is_written_to_the_log_and_flushed()
    {
        // Would notice LiteDB no longer flushing (fsyncing, on a file) its log after a commit. It
        // does so on its writer thread after Commit has returned (LiteDB 5.0.20): see
        // docs/architecture.md, "Power cuts".
        var disk = new PowerCutDisk(cutAt: long.MaxValue, new Random(1), tear: false);
        using var db = disk.Open();
        var queue = new QueueService(TestOffice.Profile(), new LiteTicketStore(db), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)));
        for (var i = 0; i < 20; i++)
        {
            var flushes = disk.Log.Flushes;
            queue.Issue(new TicketRequest("A"));

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (disk.Log.Flushes == flushes || disk.Log.UnflushedWrites > 0)
            {
                await Task.Delay(1, timeout.Token);
            }
        }

        Assert.Equal(0, disk.Log.UnflushedWrites);
    }
}
