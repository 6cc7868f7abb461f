using System.Globalization;
using System.Text;

namespace Kiosk.Core.Storage.LiteDb;

/// <summary>
/// The files of a data directory that make up the store, and the checks made on their bytes before
/// LiteDB sees them: LiteDB takes an empty file for a new database, and reads a log of random bytes
/// without complaint until the first write fails.
/// </summary>
public static class StoreFiles
{
    public const string LogFileName = "kiosk-log.db";

    /// <summary>Written once, when the store is first created: from then on a missing store is damage, not a first start.</summary>
    public const string MarkerFileName = "initialised";

    /// <summary>Left by restore and repair: the store they installed may be behind the numbering floor, knowingly.</summary>
    public const string ReplacedFileName = "store-replaced";

    /// <summary>LiteDB 5's page size; both files are whole pages.</summary>
    internal const int PageSize = 8192;

    // LiteDB 5 header page: "** This is a LiteDB file **" at byte 32, file version 8 at byte 59.
    private const int HeaderInfoOffset = 32;
    private const int FileVersionOffset = 59;
    private const byte FileVersion = 8;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    // Every LiteDB 5 page: its type at byte 4 (0 empty .. 4 data), "confirmed" at byte 18 (0 or 1).
    private const int PageTypeOffset = 4;
    private const int ConfirmedOffset = 18;
    private const byte HighestPageType = 4;

    public static string Store(string directory) => Path.Combine(directory, LiteKioskDatabase.FileName);

    public static string Log(string directory) => Path.Combine(directory, LogFileName);

    public static string Marker(string directory) => Path.Combine(directory, MarkerFileName);

    public static string Replaced(string directory) => Path.Combine(directory, ReplacedFileName);

    /// <summary>What is wrong with the store's files before they are opened, or null when they may be opened.</summary>
    public static StoreDamagedException? Inspect(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var store = Store(directory);
        var log = Log(directory);
        if (!File.Exists(store))
        {
            if (File.Exists(Marker(directory)))
            {
                return new StoreDamagedException(store, $"store missing; this device was initialised ({File.ReadAllText(Marker(directory)).Trim()}), so a fresh store would restart numbering and lose every record");
            }

            return File.Exists(log) && new FileInfo(log).Length > 0
                ? new StoreDamagedException(store, $"store missing beside its log {LogFileName}")
                : null;
        }

        return InspectData(store) ?? (File.Exists(log) ? InspectLog(log) : null);
    }

    /// <summary>The data file's header: LiteDB's signature and version, whole pages.</summary>
    public static StoreDamagedException? InspectData(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var length = new FileInfo(file).Length;
        if (length == 0)
        {
            return new StoreDamagedException(file, "empty (0 bytes): the store's contents are gone; LiteDB would take it for a new database");
        }

        var header = new byte[PageSize];
        int read;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read < FileVersionOffset + 1 || !header.AsSpan(HeaderInfoOffset, HeaderInfo.Length).SequenceEqual(HeaderInfo))
        {
            return new StoreDamagedException(file, $"not a LiteDB store (no LiteDB header in its {length} bytes)");
        }

        if (header[FileVersionOffset] != FileVersion)
        {
            return new StoreDamagedException(file, $"not a LiteDB 5 store (file version {header[FileVersionOffset]})");
        }

        return length % PageSize != 0
            ? new StoreDamagedException(file, $"truncated or padded: {length} bytes is not a whole number of {PageSize}-byte pages")
            : null;
    }

    /// <summary>The log: whole pages, each with a known page type and a 0/1 confirmation flag.</summary>
    public static StoreDamagedException? InspectLog(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var length = new FileInfo(file).Length;
        if (length % PageSize != 0)
        {
            return new StoreDamagedException(file, $"not a LiteDB log: {length} bytes is not a whole number of {PageSize}-byte pages");
        }

        var page = new byte[PageSize];
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        for (long index = 0; index < length / PageSize; index++)
        {
            stream.ReadExactly(page);
            if (page[PageTypeOffset] > HighestPageType || page[ConfirmedOffset] > 1)
            {
                return new StoreDamagedException(file, $"not a LiteDB log: page {index} has no valid page header");
            }
        }

        return null;
    }

    /// <summary>Marks the data directory as initialised (first start, or a device from before the marker).</summary>
    public static void WriteMarker(string directory, DateTimeOffset at, string? deviceId = null) =>
        DurableFile.WriteAllText(Marker(directory), string.Create(CultureInfo.InvariantCulture, $"initialised {at.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}{(deviceId is null ? "" : " device " + deviceId)}\n"));

    /// <summary>Notes that a technician replaced the store (restore, repair): the next start accepts it below the numbering floor.</summary>
    public static void NoteReplaced(string directory, string how, DateTimeOffset at) =>
        DurableFile.WriteAllText(Replaced(directory), string.Create(CultureInfo.InvariantCulture, $"{how} {at.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\n"));
}
