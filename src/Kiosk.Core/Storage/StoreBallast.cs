namespace Kiosk.Core.Storage;

/// <summary>
/// A file of zeros (<c>ballast</c>) that holds some of the data disk in reserve: released when the
/// disk is found full, so LiteDB can reopen and checkpoint its log; taken again when space returns.
/// </summary>
public sealed class StoreBallast
{
    public const string FileName = "ballast";

    /// <summary>2 MiB: room for LiteDB to reopen and checkpoint a log of a few hundred pages.</summary>
    public const long DefaultSize = 2L * 1024 * 1024;

    private readonly string _directory;

    public StoreBallast(string directory, long size = DefaultSize)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        _directory = directory;
        Size = size;
    }

    public long Size { get; }

    public string Path => System.IO.Path.Combine(_directory, FileName);

    public bool IsReserved => new FileInfo(Path).Length == Size;

    /// <summary>Free bytes on the data disk, as the store's user sees them.</summary>
    public long FreeBytes() => new DriveInfo(_directory).AvailableFreeSpace;

    /// <summary>
    /// Writes the ballast (real blocks, not a sparse file) unless it is already there whole; a disk
    /// too full for it throws <see cref="StorageFullException"/> and leaves no partial ballast behind.
    /// </summary>
    public void Reserve()
    {
        if (File.Exists(Path) && IsReserved)
        {
            return;
        }

        try
        {
            using (var stream = new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                var zeros = new byte[64 * 1024];
                for (var written = 0L; written < Size; written += zeros.Length)
                {
                    stream.Write(zeros, 0, (int)Math.Min(zeros.Length, Size - written));
                }

                stream.Flush(flushToDisk: true);
            }

            DurableFile.SyncDirectory(_directory);
        }
        catch (IOException e) when (StorageFullException.IsCause(e))
        {
            File.Delete(Path);
            throw new StorageFullException($"No room for the {Size}-byte ballast in {_directory}.", e);
        }
    }

    /// <summary>Deletes the ballast, giving its space back to the disk.</summary>
    public void Release() => File.Delete(Path);
}
