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
        Assert.Equal((0, 0), (outcome.Lost, outcome.Duplicates));
    }

    [Fact]
    public void A_commit_returns_only_after_its_log_pages_are_written_and_flushed_also_right_after_opening()
    {
        // LiteDB 5.0.20 queues log pages to a writer task; the store waits for it (LogWriterQueue)
        // before a write returns. Would notice a LiteDB upgrade that moved the writer's queue, or
        // that stopped flushing (fsyncing, on a file) its log after a commit.
        Assert.True(LogWriterQueue.Reachable, "LiteDB's log writer queue is no longer reachable: see LogWriterQueue");
        var disk = new PowerCutDisk(cutAt: long.MaxValue, new Random(1), tear: false);
        using var db = disk.Open();
        var queue = new QueueService(TestOffice.Profile(), new LiteTicketStore(db), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)));
        for (var i = 0; i < 20; i++)
        {
            var flushes = disk.Log.Flushes;
            queue.Issue(new TicketRequest("A"));

            Assert.True(disk.Log.Flushes > flushes, $"ticket {i + 1}: Issue returned before the log was flushed");
            Assert.Equal(0, disk.Log.UnflushedWrites);
        }
    }
}
