using System.Globalization;
using Kiosk.Core.Queue;
using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>
/// The LiteDB file behind every store port: opens it, maps types, and runs each write as one
/// transaction at a time, so a record and its outbox event are stored together or not at all.
/// </summary>
public sealed class LiteKioskDatabase : IAtomicWrites, IDisposable
{
    public const string FileName = "kiosk.db";

    internal const string Complaints = "complaints";
    internal const string Outbox = "outbox";
    internal const string OutboxDone = "outbox_done";

    private readonly Lock _writeGate = new();
    private readonly string? _path;

    private volatile LiteDatabase _database;

    /// <summary>Set on a store in a data directory: the disk space released when the disk is found full.</summary>
    private StoreBallast? _ballast;

    /// <summary>The disk was found full: writes are refused (without touching LiteDB) until space returns.</summary>
    private volatile bool _full;

    /// <summary>The reopen after a full disk failed too; retried before the next write.</summary>
    private bool _needsReopen;

    private LiteKioskDatabase(LiteDatabase database, string? path = null, bool readOnly = false)
    {
        _database = database;
        _path = path;
        Database.UtcDate = true;
        if (!readOnly)
        {
            EnsureIndexes();
        }
    }

    /// <summary>The open LiteDB instance; a new one after the disk was full (LiteDB closes itself on an I/O error).</summary>
    internal LiteDatabase Database => _database;

    /// <summary>The data disk was found full and writes are refused until space returns.</summary>
    public bool IsFull => _full;

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

    /// <summary>
    /// Opens <c>{directory}/kiosk.db</c>, creating it (and the directory, and the <c>initialised</c>
    /// marker) only on a device's first start. A store that is there but cannot be read, or that is
    /// missing on an initialised device, or that is behind the numbering floor, is refused with
    /// <see cref="StoreDamagedException"/> and its files are left byte for byte as they were.
    /// </summary>
    public static LiteKioskDatabase Open(string directory, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, FileName);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot open the store at {path}: {e.Message}", e);
        }

        if (StoreFiles.Inspect(directory) is { } damage)
        {
            throw damage;
        }

        var fresh = !File.Exists(path);
        if (!fresh)
        {
            // Read-only first: a refused store must not even get a checkpoint of its log.
            VerifyNotBehindFloor(directory, path);
        }

        LiteKioskDatabase database;
        try
        {
            database = new LiteKioskDatabase(new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, CreateMapper()), path);
        }
        catch (LiteException e)
        {
            throw new StoreDamagedException(path, e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot open the store at {path}: {e.Message}", e);
        }

        database._ballast = new StoreBallast(directory);
        try
        {
            database._ballast.Reserve();
        }
        catch (StorageFullException)
        {
            // Started on a full disk: reads work, writes wait until there is room for the ballast again.
            database._full = true;
        }

        try
        {
            if (!File.Exists(StoreFiles.Marker(directory)))
            {
                // A first start, or a device initialised before the marker existed whose store just read fine.
                StoreFiles.WriteMarker(directory, (time ?? TimeProvider.System).GetUtcNow());
            }

            if (File.Exists(StoreFiles.Replaced(directory)))
            {
                // The technician's restore or repair has been accepted by this start.
                DurableFile.Delete(StoreFiles.Replaced(directory));
            }

            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>The last ticket number per service stored for <paramref name="day"/>.</summary>
    public IReadOnlyDictionary<string, int> LastNumbers(DateOnly day)
    {
        var prefix = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/";
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (change, _) in LiteOutbox.LatestPerAggregate(Database, "ticket", prefix))
        {
            var code = change.AggregateId[prefix.Length..];
            var dash = code.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(code.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                var service = code[..dash];
                last[service] = Math.Max(number, last.GetValueOrDefault(service));
            }
        }

        return last;
    }

    /// <summary>
    /// A store whose latest day has fewer tickets than the numbering floor recorded lost them (most
    /// likely a deleted <c>kiosk-log.db</c> that held them uncheckpointed): refused, unless a
    /// technician's restore or repair put it there knowingly.
    /// </summary>
    private static void VerifyNotBehindFloor(string directory, string path)
    {
        var floor = NumberingFloorFile.Open(directory);
        if (floor.Day is not { } day || floor.Numbers.Count == 0 || File.Exists(StoreFiles.Replaced(directory)))
        {
            return;
        }

        var stored = StoredLastNumbers(path, day);
        var missing = floor.Numbers
            .Where(f => stored.GetValueOrDefault(f.Key) < f.Value)
            .Select(f => $"{Ticket.FormatCode(f.Key, f.Value)} issued, store has {(stored.TryGetValue(f.Key, out var n) ? Ticket.FormatCode(f.Key, n) : "none")}")
            .ToList();
        if (missing.Count > 0)
        {
            var log = StoreFiles.Log(directory);
            throw new StoreDamagedException(
                File.Exists(log) ? path : log,
                $"{(File.Exists(log) ? "behind" : "missing, and the store is behind")} the numbering floor of {day:yyyy-MM-dd} ({string.Join("; ", missing)}): committed tickets are lost; run 'kiosk store check'");
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

        if (StoreFiles.InspectData(file) is { } damage)
        {
            throw new StorageException($"{file} is not a readable kiosk store: {damage.Problem}", damage);
        }

        LiteKioskDatabase database;
        try
        {
            database = OpenReadOnlyUnchecked(file);
        }
        catch (StoreDamagedException e)
        {
            throw new StorageException(e.Message, e);
        }

        try
        {
            // Reading every collection's size proves the pages are readable, not just the header.
            _ = database.CollectionSizes();
            return database;
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            database.Dispose();
            throw new StorageException($"{file} is not a readable kiosk store: {e.Message}", e);
        }
    }

    /// <summary>What a damaged file makes LiteDB's reader throw (a header date out of range, a bad page reference, ...).</summary>
    public static bool IsReadFailure(Exception e) =>
        e is LiteException or IOException or UnauthorizedAccessException or InvalidOperationException or InvalidCastException or ArgumentException or OverflowException or IndexOutOfRangeException or NullReferenceException or FormatException;

    /// <summary>
    /// The store's last numbers of <paramref name="day"/>, read without writing to its files. LiteDB
    /// refuses a read-only open of a data file whose log was deleted before a checkpoint; then a
    /// copy of the data file is read instead.
    /// </summary>
    private static IReadOnlyDictionary<string, int> StoredLastNumbers(string path, DateOnly day)
    {
        try
        {
            using var database = OpenReadOnlyUnchecked(path);
            return database.LastNumbers(day);
        }
        catch (StoreDamagedException e) when (e.InnerException is FileNotFoundException && !File.Exists(StoreFiles.Log(Path.GetDirectoryName(path)!)))
        {
            var copy = Path.Combine(Path.GetTempPath(), "kiosk-floor-check-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(copy);
            try
            {
                File.Copy(path, Path.Combine(copy, FileName));
                using var database = new LiteKioskDatabase(new LiteDatabase(new ConnectionString { Filename = Path.Combine(copy, FileName), Connection = ConnectionType.Direct }, CreateMapper()), readOnly: true);
                return database.LastNumbers(day);
            }
            finally
            {
                Directory.Delete(copy, recursive: true);
            }
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            throw new StoreDamagedException(path, $"not a readable kiosk store: {e.Message}", e);
        }
    }

    /// <summary>Opens a file writable with none of the data directory's checks: a copy made by <see cref="StoreSalvage"/>, or the store it builds.</summary>
    internal static LiteKioskDatabase OpenCopy(string file) =>
        new(new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct }, CreateMapper()), file, readOnly: true);

    private static LiteKioskDatabase OpenReadOnlyUnchecked(string file)
    {
        try
        {
            return new LiteKioskDatabase(new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct, ReadOnly = true }, CreateMapper()), file, readOnly: true);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            throw new StoreDamagedException(file, $"not a readable kiosk store: {e.Message}", e);
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

    /// <summary>
    /// A store over streams the caller owns (a data stream and a log stream), with none of the data
    /// directory's checks: for the power-cut simulation, which records what reaches the "disk".
    /// LiteDB flushes such streams with <see cref="Stream.Flush()"/> where it calls
    /// <c>FileStream.Flush(true)</c> (fsync) on files.
    /// </summary>
    internal static LiteKioskDatabase OverStreams(Stream data, Stream log) => new(new LiteDatabase(data, CreateMapper(), log));

    /// <summary>A store that lives in memory only, for tests of logic.</summary>
    public static LiteKioskDatabase InMemory() => new(new LiteDatabase(new MemoryStream(), CreateMapper()));

    /// <summary>
    /// Runs <paramref name="step"/> as one transaction: the writes of every store it calls join it
    /// (see <see cref="Write{T}"/>), so they are committed together or rolled back together.
    /// </summary>
    public T Atomically<T>(Func<T> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return Write(_ => step());
        }
        catch
        {
            // Stores that cache what they wrote (the day's tickets) drop it: it was never committed.
            RolledBack?.Invoke();
            throw;
        }
    }

    /// <summary>Raised after an <see cref="Atomically{T}"/> step was rolled back, outside the write gate.</summary>
    internal event Action? RolledBack;

    private readonly List<Action> _whenCommitted = [];

    /// <summary>
    /// Runs <paramref name="action"/> right after the transaction this thread holds commits (still
    /// inside the write gate), or at once when it holds none; never when it is rolled back.
    /// </summary>
    internal void WhenCommitted(Action action)
    {
        if (_writeGate.IsHeldByCurrentThread)
        {
            _whenCommitted.Add(action);
        }
        else
        {
            action();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction; any exception rolls all of it back. Called
    /// inside a transaction this thread already holds (an <see cref="Atomically{T}"/> step), the
    /// work joins that transaction instead of committing on its own. A full disk throws
    /// <see cref="StorageFullException"/>: the ballast is released, LiteDB (which closed itself on the
    /// I/O error) is reopened, and later writes are refused until space returns.
    /// </summary>
    internal T Write<T>(Func<LiteDatabase, T> work)
    {
        if (_writeGate.IsHeldByCurrentThread)
        {
            return work(Database);
        }

        var appended = false;
        T written;
        lock (_writeGate)
        {
            ResumeIfSpaceReturned();
            var database = Database;
            _appendedInTransaction = false;
            _whenCommitted.Clear();
            try
            {
                if (!database.BeginTrans())
                {
                    throw new StorageException("A write transaction is already open on this thread.");
                }
            }
            catch (Exception e) when (_ballast is not null && StorageFullException.IsCause(e))
            {
                // The engine was closed by a disk-full error of an earlier, asynchronous log write.
                throw EnterFull(e);
            }

            try
            {
                written = work(database);
                database.Commit();

                // Acknowledged means on disk: not before LiteDB's writer has fsynced the log.
                LogWriterQueue.Drain(database);
                appended = _appendedInTransaction;
                foreach (var committed in _whenCommitted)
                {
                    committed();
                }
            }
            catch (Exception original) when (_ballast is not null && StorageFullException.IsCause(original))
            {
                // LiteDB has closed its engine: no rollback is possible or needed, the reopen drops the unconfirmed transaction.
                throw EnterFull(original);
            }
            catch (Exception original)
            {
                try
                {
                    database.Rollback();
                }
                catch (Exception rollbackFailure) when (_ballast is not null && StorageFullException.IsCause(rollbackFailure))
                {
                    throw EnterFull(rollbackFailure);
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

    /// <summary>The disk is full: give back the ballast, reopen LiteDB, refuse writes until space returns.</summary>
    private StorageFullException EnterFull(Exception cause)
    {
        _full = true;
        _ballast!.Release();
        try
        {
            Reopen();
        }
        catch (Exception e) when (StorageFullException.IsCause(e))
        {
            _needsReopen = true;
        }

        return new StorageFullException($"The data disk is full ({cause.Message}); writes are refused until space returns.", cause);
    }

    /// <summary>
    /// Under the write gate: while the disk is full, refuses the write unless twice the ballast is
    /// free again; then reopens if needed, takes the ballast back and lets the write through.
    /// </summary>
    private void ResumeIfSpaceReturned()
    {
        if (!_full || _ballast is null)
        {
            return;
        }

        var free = _ballast.FreeBytes();
        var needed = 2 * _ballast.Size;
        if (free < needed)
        {
            throw new StorageFullException($"The data disk is full: {free} bytes free, writes resume at {needed}.");
        }

        if (_needsReopen)
        {
            Reopen();
            _needsReopen = false;
        }

        _ballast.Reserve();
        _full = false;
    }

    /// <summary>LiteDB closes its engine on an I/O error and rethrows that error on every later call, reads included: only a new instance works again.</summary>
    private void Reopen()
    {
        _database.Dispose();
        var reopened = new LiteDatabase(new ConnectionString { Filename = _path, Connection = ConnectionType.Direct }, CreateMapper()) { UtcDate = true };
        _database = reopened;
    }

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
        // LiteDB trims strings and stores "" as null by default: the space at the join of two SMS parts
        // was lost, and an empty text read back as null. Every string is stored as given.
        var mapper = new BsonMapper { EnumAsInteger = false, TrimWhitespace = false, EmptyStringToNull = false };
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
