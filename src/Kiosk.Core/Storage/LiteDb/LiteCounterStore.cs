using Kiosk.Core.Counters;
using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>Counters and displays in the <c>counters</c> collection, indexed by their token and pairing hashes.</summary>
public sealed class LiteCounterStore : ICounterStore
{
    private const string Collection = "counters";
    private readonly LiteKioskDatabase _db;

    public LiteCounterStore(LiteKioskDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    public bool Add(Counter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        return _db.Write(db =>
        {
            var collection = Indexed(db);
            if (collection.FindById(counter.Id) is not null)
            {
                return false;
            }

            collection.Insert(counter);
            return true;
        });
    }

    public void Save(Counter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        _db.Write(db => Indexed(db).Upsert(counter));
    }

    public bool Remove(string id) => _db.Write(db => Counters(db).Delete(id));

    public Counter? Find(string id) => Counters(_db.Database).FindById(id);

    public Counter? FindByTokenHash(string tokenHash) =>
        Counters(_db.Database).FindOne(Query.EQ(nameof(Counter.TokenHash), tokenHash));

    public Counter? FindByPairingHash(string pairingHash) =>
        Counters(_db.Database).FindOne(Query.EQ(nameof(Counter.PairingHash), pairingHash));

    public IReadOnlyList<Counter> List() => [.. Counters(_db.Database).FindAll().OrderBy(c => c.Kind).ThenBy(c => c.Id, StringComparer.Ordinal)];

    /// <summary>A handful of documents: reads scan them; the indexes are made by the first write.</summary>
    private static ILiteCollection<Counter> Counters(LiteDatabase db) => db.GetCollection<Counter>(Collection);

    private static ILiteCollection<Counter> Indexed(LiteDatabase db)
    {
        var collection = Counters(db);
        collection.EnsureIndex(c => c.TokenHash);
        collection.EnsureIndex(c => c.PairingHash);
        return collection;
    }
}
