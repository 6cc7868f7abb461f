namespace Kiosk.Host.Cli;

/// <summary>A command that stops with a message for the technician and an exit code.</summary>
public sealed class CliException : Exception
{
    public CliException()
        : this(CliExitCode.Failure, "failed")
    {
    }

    public CliException(string message)
        : this(CliExitCode.Failure, message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = CliExitCode.Failure;
    }

    private CliException(CliExitCode exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliExitCode ExitCode { get; }

    public static CliException Failed(string message) => new(CliExitCode.Failure, message);

    public static CliException Usage(string message) => new(CliExitCode.Usage, message);

    public static CliException NotRunning(string message) => new(CliExitCode.ServiceNotRunning, message);

    public static CliException Configuration(string message) => new(CliExitCode.ConfigurationInvalid, message);
}
