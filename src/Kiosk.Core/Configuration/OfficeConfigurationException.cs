namespace Kiosk.Core.Configuration;

/// <summary>The office configuration cannot be used; the service must not start with it.</summary>
public sealed class OfficeConfigurationException : Exception
{
    public OfficeConfigurationException(IReadOnlyList<ConfigurationProblem> problems)
        : base("Invalid configuration: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    public OfficeConfigurationException()
        : this([])
    {
    }

    public OfficeConfigurationException(string message)
        : base(message)
    {
        Problems = [];
    }

    public OfficeConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<ConfigurationProblem> Problems { get; } = [];
}
