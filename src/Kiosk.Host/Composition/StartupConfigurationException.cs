namespace Kiosk.Host.Composition;

/// <summary>Settings that cannot be used (modem, GPIO): each problem names its key; the service must not start with them.</summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException(IReadOnlyList<string> problems)
        : base(string.Join(" ", problems))
    {
        Problems = problems;
    }

    public StartupConfigurationException()
        : this([])
    {
    }

    public StartupConfigurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public StartupConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
