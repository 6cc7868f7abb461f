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
    private readonly string? _path;

    private LiteKioskDatabase(LiteDatabase database, string? path = null, bool readOnly = false)
    {
        Database = database;
        _path = path;
        Database.UtcDate = true;
        if (!readOnly)
        {
            EnsureIndexes();
        }
    }

    internal LiteDatabase Database { get; }

    /// <summary>Raised after records were purged, so caches of them are dropped.</summary>
    internal event Action? Purged;

    internal void RaisePurged() => Purged?.Invoke();

    /// <summary>Raised after a transaction that appended outbox events has committed.</summary>
    internal event Action? OutboxAppended;

    private bool _appendedInTransaction;

    /// <summary>Called by <see cref="LiteOutbox.Append"/> inside a write transaction.</summary>
    internal void NoteOutboxAppend() => _appendedInTransaction = true;

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
            return new LiteKioskDatabase(new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, CreateMapper()), path);
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot open the store at {path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Opens a store file read-only (the technician's CLI while the service is stopped, or a backup
    /// being checked before a restore); nothing is created or written.
    /// </summary>
    public static LiteKioskDatabase OpenReadOnly(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        if (!File.Exists(file))
        {
            throw new StorageException($"No store at {file}.");
        }

        try
        {
            var database = new LiteKioskDatabase(new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct, ReadOnly = true }, CreateMapper()), file, readOnly: true);
            try
            {
                // Reading every collection's size proves the pages are readable, not just the header.
                _ = database.CollectionSizes();
                return database;
            }
            catch
            {
                database.Dispose();
                throw;
            }
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or InvalidOperationException or InvalidCastException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            // A file that is not LiteDB's makes its reader fail in odd ways (a header date out of range, ...).
            throw new StorageException($"{file} is not a readable kiosk store: {e.Message}", e);
        }
    }

    /// <summary>Documents per collection (for doctor and restore).</summary>
    public IReadOnlyDictionary<string, int> CollectionSizes() =>
        Database.GetCollectionNames().Order(StringComparer.Ordinal).ToDictionary(n => n, n => Database.GetCollection(n).Count(), StringComparer.Ordinal);

    /// <summary>
    /// Writes a consistent copy of the store to <paramref name="destinationFile"/> while the service
    /// runs: under the write gate (no transaction in flight), the log is checkpointed into the data
    /// file, which is then copied and flushed to disk.
    /// </summary>
    public void BackupTo(string destinationFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationFile);
        if (_path is null)
        {
            throw new StorageException("An in-memory store has no file to back up.");
        }

        lock (_writeGate)
        {
            Database.Checkpoint();
            using var source = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var destination = new FileStream(destinationFile, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            source.CopyTo(destination);
            destination.Flush(flushToDisk: true);
        }
    }

    /// <summary>A store that lives in memory only, for tests of logic.</summary>
    public static LiteKioskDatabase InMemory() => new(new LiteDatabase(new MemoryStream(), CreateMapper()));

    /// <summary>Runs <paramref name="work"/> as one transaction; any exception rolls all of it back.</summary>
    internal T Write<T>(Func<LiteDatabase, T> work)
    {
        var appended = false;
        T written;
        lock (_writeGate)
        {
            _appendedInTransaction = false;
            if (!Database.BeginTrans())
            {
                throw new StorageException("A write transaction is already open on this thread.");
            }

            try
            {
                written = work(Database);
                Database.Commit();
                appended = _appendedInTransaction;
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

        // Outside the lock: a listener (the sync worker) must never hold up the next write.
        if (appended)
        {
            OutboxAppended?.Invoke();
        }

        return written;
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
        // Only what is looked up outside the write path: finished outbox events by record, and by
        // state (the sync worker asks before every batch whether anything is quarantined at all).
        Database.GetCollection(OutboxDone, BsonAutoId.Int64).EnsureIndex("AggregateId");
        Database.GetCollection(OutboxDone, BsonAutoId.Int64).EnsureIndex("State");
    }
}
