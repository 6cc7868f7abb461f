using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin.Cli;

/// <summary>A command that stops with a message for the technician and an exit code.</summary>
public sealed class CliException : Exception
{
    public CliException()
        : this(ExitCode.Failure, "failed")
    {
    }

    public CliException(string message)
        : this(ExitCode.Failure, message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCode.Failure;
    }

    public CliException(ExitCode exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public ExitCode ExitCode { get; }

    public static CliException Failed(string message) => new(ExitCode.Failure, message);

    public static CliException Usage(string message) => new(ExitCode.Usage, message);

    public static CliException NotRunning(string message) => new(ExitCode.ServiceNotRunning, message);

    public static CliException Configuration(string message) => new(ExitCode.ConfigurationInvalid, message);
}
