using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>
/// The LiteDB file behind every store port: opens it, maps types, and runs each write as one
/// transaction at a time, so a record and its outbox event are stored together or not at all.
/// </summary>
public sealed class LiteKioskDatabase : IDisposable
{
    public const string FileName = "kiosk.db";

    internal const string Complaints = "complaints";
    internal const string Outbox = "outbox";
    internal const string OutboxDone = "outbox_done";

    private readonly Lock _writeGate = new();

    private LiteKioskDatabase(LiteDatabase database)
    {
        Database = database;
        Database.UtcDate = true;
        EnsureIndexes();
    }

    internal LiteDatabase Database { get; }

    /// <summary>Raised after records were purged, so caches of them are dropped.</summary>
    internal event Action? Purged;

    internal void RaisePurged() => Purged?.Invoke();

    /// <summary>Test hook: called inside a write transaction between the record and its event.</summary>
    internal Action<string>? FaultInjection { get; set; }

    /// <summary>Opens (or creates) <c>{directory}/kiosk.db</c>; the directory is created when missing.</summary>
    public static LiteKioskDatabase Open(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, FileName);
        try
        {
            Directory.CreateDirectory(directory);
            return new LiteKioskDatabase(new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, CreateMapper()));
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot open the store at {path}: {e.Message}", e);
        }
    }

    /// <summary>A store that lives in memory only, for tests of logic.</summary>
    public static LiteKioskDatabase InMemory() => new(new LiteDatabase(new MemoryStream(), CreateMapper()));

    /// <summary>Runs <paramref name="work"/> as one transaction; any exception rolls all of it back.</summary>
    internal T Write<T>(Func<LiteDatabase, T> work)
    {
        lock (_writeGate)
        {
            if (!Database.BeginTrans())
            {
                throw new StorageException("A write transaction is already open on this thread.");
            }

            try
            {
                var result = work(Database);
                Database.Commit();
                return result;
            }
            catch (Exception original)
            {
                try
                {
                    Database.Rollback();
                }
                catch (LiteException rollbackFailure)
                {
                    // Keep the first failure: it is the one that explains what went wrong.
                    throw new StorageException($"Rollback failed ({rollbackFailure.Message}) after: {original.Message}", original);
                }

                throw;
            }
        }
    }

    internal void Inject(string point) => FaultInjection?.Invoke(point);

    /// <summary>Writes and reads back a marker: the store's answer to "can you still write?".</summary>
    public bool ProbeWritable(DateTimeOffset at)
    {
        Write(db => db.GetCollection("health").Upsert(new BsonDocument { ["_id"] = "probe", ["at"] = at.UtcDateTime }));
        return Database.GetCollection("health").FindById("probe") is not null;
    }

    /// <summary>Moves the write-ahead log into the data file (before a backup copy).</summary>
    public void Checkpoint() => Database.Checkpoint();

    public void Dispose() => Database.Dispose();

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.RegisterType(
            serialize: (DateTimeOffset value) => new BsonValue(value.UtcDateTime),
            deserialize: bson => new DateTimeOffset(DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));
        return mapper;
    }

    private void EnsureIndexes()
    {
        // Only what is looked up outside the write path: finished outbox events by record.
        Database.GetCollection(OutboxDone, BsonAutoId.Int64).EnsureIndex("AggregateId");
    }
}
