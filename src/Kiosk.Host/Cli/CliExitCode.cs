namespace Kiosk.Host.Cli;

/// <summary>Exit codes as systemctl and gammu use them, so scripts over SSH can tell what went wrong.</summary>
public enum CliExitCode
{
    Ok = 0,

    /// <summary>The command ran and something failed (a doctor FAIL, a refused request).</summary>
    Failure = 1,

    /// <summary>Bad usage: unknown command or option, a missing argument.</summary>
    Usage = 2,

    /// <summary>The command needs the running service and its admin socket does not answer.</summary>
    ServiceNotRunning = 3,

    /// <summary>sysexits EX_CONFIG: the configuration (or what provision was given) is not valid.</summary>
    ConfigurationInvalid = 78,
}
