namespace Kiosk.Host.Health;

/// <summary>Where the watchdog reads systemd's <c>WATCHDOG_USEC</c>; tests give their own.</summary>
public interface IWatchdogEnvironment
{
    string? WatchdogUsec { get; }
}

/// <summary>The process environment systemd sets when the unit has <c>WatchdogSec=</c>.</summary>
public sealed class ProcessWatchdogEnvironment : IWatchdogEnvironment
{
    public string? WatchdogUsec => Environment.GetEnvironmentVariable("WATCHDOG_USEC");
}
