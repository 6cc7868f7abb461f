namespace Kiosk.Core.Storage;

/// <summary>The store could not do what was asked (disk full, file corrupt, injected fault).</summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
