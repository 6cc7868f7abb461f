namespace Kiosk.Host.Sync;

/// <summary>Sync set-up errors. Answers of the upstream are never exceptions: they are outcomes.</summary>
public class UpstreamException : Exception
{
    public UpstreamException()
    {
    }

    public UpstreamException(string message)
        : base(message)
    {
    }

    public UpstreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static UpstreamException CaFileUnreadable(string path, Exception inner) =>
        new($"{UpstreamOptions.SectionName}:CaFile '{path}' holds no readable certificate: {inner.Message}", inner);

    public static UpstreamException CaFileEmpty(string path) =>
        new($"{UpstreamOptions.SectionName}:CaFile '{path}' holds no certificate.");

    public static UpstreamException NotConfigured() =>
        new($"Sync is disabled ({UpstreamOptions.SectionName}:Url is not set); the sync worker must not call the upstream.");
}
