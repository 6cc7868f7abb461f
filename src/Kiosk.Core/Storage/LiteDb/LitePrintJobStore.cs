using Kiosk.Core.Printing;
using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>Failed print jobs in LiteDB; few, so no index beyond the key.</summary>
public sealed class LitePrintJobStore : IPrintJobStore
{
    private const string Collection = "print_jobs";
    private readonly LiteKioskDatabase _db;

    public LitePrintJobStore(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    public void Put(PrintJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _db.Write(db => db.GetCollection<PrintJob>(Collection).Upsert(job));
    }

    public PrintJob? Find(string id) => _db.Database.GetCollection<PrintJob>(Collection).FindById(id);

    public IReadOnlyList<PrintJob> Pending() =>
        [.. _db.Database.GetCollection<PrintJob>(Collection)
            .Find(Query.EQ(nameof(PrintJob.State), nameof(PrintJobState.Pending)))
            .OrderBy(j => j.CreatedAt)];
}
