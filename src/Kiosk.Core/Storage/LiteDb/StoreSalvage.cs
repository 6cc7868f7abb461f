using LiteDB;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>What a salvage read from a damaged store, and what it could not.</summary>
/// <param name="Source">Which files were read: "kiosk.db + kiosk-log.db", "kiosk.db alone" or "nothing".</param>
/// <param name="Copied">Documents copied per collection.</param>
/// <param name="Lost">Documents (or whole collections, as -1) that could not be read, per collection.</param>
/// <param name="Problems">Why a file or collection could not be read, one line each.</param>
public sealed record SalvageResult(string Source, IReadOnlyDictionary<string, int> Copied, IReadOnlyDictionary<string, int> Lost, IReadOnlyList<string> Problems);

/// <summary>
/// Reads a data directory's store without ever writing to its files (LiteDB is given copies in a
/// temporary directory), for <c>kiosk store check</c> and <c>kiosk store repair</c>.
/// </summary>
public static class StoreSalvage
{
    /// <summary>Opens a copy of the store (with its log when <paramref name="withLog"/>) and hands it to <paramref name="read"/>.</summary>
    public static T ReadCopy<T>(string directory, bool withLog, Func<LiteKioskDatabase, T> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(read);
        var copy = Path.Combine(Path.GetTempPath(), "kiosk-store-copy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        try
        {
            File.Copy(StoreFiles.Store(directory), StoreFiles.Store(copy));
            if (withLog && File.Exists(StoreFiles.Log(directory)))
            {
                File.Copy(StoreFiles.Log(directory), StoreFiles.Log(copy));
            }

            using var database = LiteKioskDatabase.OpenCopy(StoreFiles.Store(copy));
            return read(database);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>
    /// Copies every document that can be read into a new store file at <paramref name="destinationFile"/>:
    /// from the store with its log if they read, else from the data file alone, else nothing.
    /// </summary>
    public static SalvageResult CopyInto(string directory, string destinationFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationFile);
        var problems = new List<string>();
        if (!File.Exists(StoreFiles.Store(directory)))
        {
            problems.Add($"{StoreFiles.Store(directory)}: missing");
            return Write(destinationFile, "nothing", [], problems);
        }

        if (StoreFiles.InspectData(StoreFiles.Store(directory)) is { } dataDamage)
        {
            problems.Add(dataDamage.Message);
            return Write(destinationFile, "nothing", [], problems);
        }

        var logDamage = File.Exists(StoreFiles.Log(directory)) ? StoreFiles.InspectLog(StoreFiles.Log(directory)) : null;
        if (logDamage is not null)
        {
            problems.Add(logDamage.Message);
        }

        foreach (var withLog in logDamage is null && File.Exists(StoreFiles.Log(directory)) ? [true, false] : new[] { false })
        {
            try
            {
                var documents = ReadCopy(directory, withLog, ReadAll);
                return Write(destinationFile, withLog ? "kiosk.db + kiosk-log.db" : "kiosk.db alone", documents, problems);
            }
            catch (Exception e) when (LiteKioskDatabase.IsReadFailure(e))
            {
                problems.Add($"{(withLog ? "kiosk.db + kiosk-log.db" : "kiosk.db alone")}: {e.Message}");
            }
        }

        return Write(destinationFile, "nothing", [], problems);
    }

    private static List<(string Collection, List<BsonDocument> Documents, int Lost, string? Problem)> ReadAll(LiteKioskDatabase database)
    {
        var collections = new List<(string, List<BsonDocument>, int, string?)>();
        foreach (var name in database.Database.GetCollectionNames().Order(StringComparer.Ordinal))
        {
            var documents = new List<BsonDocument>();
            try
            {
                documents.AddRange(database.Database.GetCollection(name).FindAll());
                collections.Add((name, documents, 0, null));
            }
            catch (Exception e) when (LiteKioskDatabase.IsReadFailure(e))
            {
                // The documents before the damaged page are kept; how many follow it is unknown.
                collections.Add((name, documents, -1, $"{name}: read stopped after {documents.Count} documents: {e.Message}"));
            }
        }

        return collections;
    }

    private static SalvageResult Write(string destinationFile, string source, List<(string Collection, List<BsonDocument> Documents, int Lost, string? Problem)> collections, List<string> problems)
    {
        using (var target = LiteKioskDatabase.OpenCopy(destinationFile))
        {
            foreach (var (collection, documents, _, _) in collections)
            {
                var autoId = collection is LiteKioskDatabase.Outbox or LiteKioskDatabase.OutboxDone ? BsonAutoId.Int64 : BsonAutoId.ObjectId;
                target.Write(db => db.GetCollection(collection, autoId).InsertBulk(documents));
            }

            target.Checkpoint();
        }

        problems.AddRange(collections.Where(c => c.Problem is not null).Select(c => c.Problem!));
        return new SalvageResult(
            source,
            collections.ToDictionary(c => c.Collection, c => c.Documents.Count, StringComparer.Ordinal),
            collections.Where(c => c.Lost != 0).ToDictionary(c => c.Collection, c => c.Lost, StringComparer.Ordinal),
            problems);
    }
}
