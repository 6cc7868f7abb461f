namespace Kiosk.Core.Storage;

/// <summary>
/// The data disk is full: the store refuses writes until space returns (a state, not a crash; see
/// docs/architecture.md, "Disk full"). Reads keep working.
/// </summary>
public sealed class StorageFullException : Exception
{
    private const int NoSpaceLeftOnDevice = 28; // ENOSPC
    private const int DiskQuotaExceeded = 122; // EDQUOT (Linux)
    private const int WindowsDiskFull = unchecked((int)0x80070070); // ERROR_DISK_FULL

    public StorageFullException()
        : this("The data disk is full.")
    {
    }

    public StorageFullException(string message)
        : base(message)
    {
    }

    public StorageFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether <paramref name="exception"/> (or one it wraps) is the operating system saying the disk is full.</summary>
    public static bool IsCause(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StorageFullException || (e is IOException && e.HResult is NoSpaceLeftOnDevice or DiskQuotaExceeded or WindowsDiskFull))
            {
                return true;
            }
        }

        return false;
    }
}
