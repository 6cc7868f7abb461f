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

    /// <summary>sysexits EX_DATAERR: the input is not what the command takes (a file that is not a kiosk store).</summary>
    DataError = 65,

    /// <summary>sysexits EX_NOINPUT: an input file does not exist or cannot be read.</summary>
    NoInput = 66,

    /// <summary>
    /// sysexits EX_SOFTWARE: a worker failed with an error nothing handles and the host stopped;
    /// systemd restarts the service (not in RestartPreventExitStatus: a restart may cure it).
    /// </summary>
    Software = 70,

    /// <summary>sysexits EX_CANTCREAT: the data directory, store file or admin socket cannot be used.</summary>
    CannotCreate = 73,

    /// <summary>sysexits EX_IOERR: reading or writing a file failed (disk full, I/O error, the service's socket dropped mid-transfer).</summary>
    IOError = 74,

    /// <summary>sysexits EX_NOPERM: the user may not do this (not root, not in kiosk-admin, a file's mode).</summary>
    NoPermission = 77,

    /// <summary>sysexits EX_CONFIG: the configuration (or what provision was given) is not valid.</summary>
    ConfigurationInvalid = 78,
}
