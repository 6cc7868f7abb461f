using Kiosk.Core.Complaints;
using Kiosk.Core.Configuration;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Core.Tests;

/// <summary>The domain over a real LiteDB (in memory or a file), with a fake clock.</summary>
internal sealed class Kiosk : IDisposable
{
    public Kiosk(OfficeProfile office, FakeTimeProvider time, LiteKioskDatabase db, INumberingFloor? floor = null)
    {
        Office = office;
        Time = time;
        Db = db;
        Tickets = new LiteTicketStore(db);
        Complaints = new LiteComplaintStore(db);
        Outbox = new LiteOutbox(db);
        Queue = new QueueService(office, Tickets, time, floor);
        ComplaintService = new ComplaintService(office, Complaints, time);
    }

    public OfficeProfile Office { get; }

    public FakeTimeProvider Time { get; }

    public LiteKioskDatabase Db { get; }

    public LiteTicketStore Tickets { get; }

    public LiteComplaintStore Complaints { get; }

    public LiteOutbox Outbox { get; }

    public QueueService Queue { get; }

    public ComplaintService ComplaintService { get; }

    public static Kiosk InMemory(string timeZone = "Asia/Jakarta", DateTimeOffset? now = null) =>
        new(TestOffice.Profile(timeZone), new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)), LiteKioskDatabase.InMemory());

    public static Kiosk OnFile(string directory, FakeTimeProvider time, string timeZone = "Asia/Jakarta") =>
        new(TestOffice.Profile(timeZone), time, LiteKioskDatabase.Open(directory, time), NumberingFloorFile.Open(directory));

    public void Dispose() => Db.Dispose();
}
