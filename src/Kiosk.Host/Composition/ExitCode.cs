namespace Kiosk.Host.Composition;

/// <summary>
/// The exit codes of the service and of every CLI command, as systemctl, gammu and sysexits.h use
/// them, so scripts over SSH and systemd (RestartPreventExitStatus) can tell what went wrong.
/// </summary>
public enum ExitCode
{
    Ok = 0,

    /// <summary>The command ran and something failed (a doctor FAIL, a refused request).</summary>
    Failure = 1,

    /// <summary>Bad usage: unknown command or option, a missing argument.</summary>
    Usage = 2,

    /// <summary>The command needs the running service and its admin socket does not answer.</summary>
    ServiceNotRunning = 3,

    /// <summary>
    /// sysexits EX_SOFTWARE: a worker failed with an error nothing handles and the host stopped;
    /// systemd restarts the service (not in RestartPreventExitStatus: a restart may cure it).
    /// </summary>
    Software = 70,

    /// <summary>sysexits EX_CANTCREAT: the data directory, store file or admin socket cannot be used.</summary>
    CannotCreate = 73,

    /// <summary>sysexits EX_CONFIG: the configuration (or what provision was given) is not valid.</summary>
    ConfigurationInvalid = 78,
}
