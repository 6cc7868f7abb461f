using Kiosk.Core.Complaints;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Testing.Storage;

/// <summary>What one simulated power cut did.</summary>
/// <param name="Acknowledged">Tickets and complaints whose Issue/File returned before the cut.</param>
/// <param name="Lost">Acknowledged records missing after reopening.</param>
/// <param name="Duplicates">Ticket numbers handed out twice (acknowledged before, or issued after reopening).</param>
/// <param name="Unreadable">The store could not be reopened from what survived.</param>
/// <param name="CutAt">The disk operation (write, length change or flush) the power went off at.</param>
public sealed record PowerCutOutcome(int Acknowledged, int Lost, int Duplicates, bool Unreadable, long CutAt);

/// <summary>
/// Drives tickets and complaints through the real <see cref="QueueService"/> and
/// <see cref="ComplaintService"/> over the LiteDB stores on a <see cref="PowerCutDisk"/>, cuts the
/// power at a seeded random write, reopens the store from what survived and keeps issuing.
/// The numbering floor stands for the floor file, which is fsynced on its own after each commit.
/// </summary>
public static class PowerCutRun
{
    private const int Steps = 60;
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    public static PowerCutOutcome Run(int seed, bool tear = true)
    {
        var random = new Random(seed);
        var cutAt = random.Next(1, 400);
        var disk = new PowerCutDisk(cutAt, random, tear);
        var time = new FakeTimeProvider(Morning);
        var office = TestOffice.Profile();
        var floor = new InMemoryNumberingFloor();
        var tickets = new List<Ticket>();

        // Every acknowledged record, in the order it was acknowledged: whether a store still has it.
        var acknowledged = new List<Func<LiteTicketStore, LiteComplaintStore, bool>>();

        var db = disk.Open();
        try
        {
            var queue = new QueueService(office, new LiteTicketStore(db), time, floor);
            var filing = new ComplaintService(office, new LiteComplaintStore(db), time);
            for (var i = 0; i < Steps && !disk.IsCut; i++)
            {
                time.Advance(TimeSpan.FromSeconds(random.Next(1, 30)));
                if (random.Next(3) == 0)
                {
                    var code = filing.File(new ComplaintDraft("bansos", "Desa Tangkil", $"Bantuan belum diterima, laporan ke-{i}.")).TrackingCode;
                    disk.WhilePowered(() => acknowledged.Add((_, store) => store.Find(code) is not null));
                }
                else
                {
                    var ticket = queue.Issue(new TicketRequest(random.Next(2) == 0 ? "A" : "B")).Ticket;
                    disk.WhilePowered(() =>
                    {
                        tickets.Add(ticket);
                        acknowledged.Add((store, _) => store.Find(DateOnly.ParseExact(ticket.ServiceDay, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ticket.Code) is not null);
                    });
                }
            }
        }
        finally
        {
            disk.CutNow();
            try
            {
                db.Dispose();
            }
            catch (Exception e) when (LiteKioskDatabase.IsReadFailure(e))
            {
                // The dead process's last writes: nothing of them survives anyway.
            }
        }

        LiteKioskDatabase reopened;
        try
        {
            reopened = LiteKioskDatabase.OverStreams(Expandable(disk.Data.Survivor!), Expandable(disk.Log.Survivor!));
        }
        catch (Exception e) when (LiteKioskDatabase.IsReadFailure(e))
        {
            return new PowerCutOutcome(acknowledged.Count, acknowledged.Count, 0, Unreadable: true, cutAt);
        }

        using (reopened)
        {
            var store = new LiteTicketStore(reopened);
            var complaintStore = new LiteComplaintStore(reopened);
            var lost = acknowledged.Count(isThere => !isThere(store, complaintStore));

            var queue = new QueueService(office, store, time, floor);
            var handedOut = tickets.Select(t => t.Code).ToList();
            for (var i = 0; i < 10; i++)
            {
                handedOut.Add(queue.Issue(new TicketRequest(i % 2 == 0 ? "A" : "B")).Ticket.Code);
            }

            var duplicates = handedOut.Count - handedOut.Distinct(StringComparer.Ordinal).Count();
            return new PowerCutOutcome(acknowledged.Count, lost, duplicates, Unreadable: false, cutAt);
        }
    }

    /// <summary>A stream holding <paramref name="bytes"/> that can grow (a MemoryStream over an array cannot).</summary>
    private static MemoryStream Expandable(byte[] bytes)
    {
        var stream = new MemoryStream();
        stream.Write(bytes);
        stream.Position = 0;
        return stream;
    }
}
