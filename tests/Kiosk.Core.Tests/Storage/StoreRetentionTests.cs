using Kiosk.Core.Complaints;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage.LiteDb;

namespace Kiosk.Core.Tests.Storage;

public class StoreRetentionTests
{
    [Fact]
    public void Synced_old_records_are_purged_and_unsynced_ones_never()
    {
        using var kiosk = Kiosk.InMemory();
        var oldTicket = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;
        var unsyncedTicket = kiosk.Queue.Issue(new TicketRequest("B")).Ticket;
        var done = kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Desa Tangkil", "Bantuan belum diterima."));
        var open = kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Kelurahan Sine", "Jalan rusak berat."));
        kiosk.ComplaintService.ChangeStatus(done.TrackingCode, ComplaintStatus.Selesai, kiosk.Time.GetUtcNow(), null);
        var sent = kiosk.Outbox.Pending(100).Where(e => e.AggregateId != unsyncedTicket.Id).Select(e => e.Id).ToList();
        kiosk.Outbox.MarkSent(sent, kiosk.Time.GetUtcNow());

        kiosk.Time.Advance(TimeSpan.FromDays(91));
        var now = kiosk.Time.GetUtcNow();
        var result = new StoreRetention(kiosk.Db).Purge(now.AddDays(-90), kiosk.Office.LocalDay(now).AddDays(-90));

        Assert.Equal((1, 1), (result.TicketEvents, result.Complaints));
        Assert.Null(kiosk.Queue.FindById(oldTicket.Id));
        Assert.NotNull(kiosk.Queue.FindById(unsyncedTicket.Id));
        Assert.Null(kiosk.ComplaintService.Find(done.TrackingCode));
        Assert.NotNull(kiosk.ComplaintService.Find(open.TrackingCode));
        Assert.Equal(1, kiosk.Outbox.Count().Pending);
    }

    [Fact]
    public void Nothing_younger_than_the_retention_is_purged()
    {
        using var kiosk = Kiosk.InMemory();
        var ticket = kiosk.Queue.Issue(new TicketRequest("A")).Ticket;
        kiosk.Outbox.MarkSent([.. kiosk.Outbox.Pending(10).Select(e => e.Id)], kiosk.Time.GetUtcNow());

        kiosk.Time.Advance(TimeSpan.FromDays(30));
        var now = kiosk.Time.GetUtcNow();
        var result = new StoreRetention(kiosk.Db).Purge(now.AddDays(-90), kiosk.Office.LocalDay(now).AddDays(-90));

        Assert.Equal(new RetentionResult(0, 0, 0, 0), result);
        Assert.NotNull(kiosk.Queue.FindById(ticket.Id));
    }
}
