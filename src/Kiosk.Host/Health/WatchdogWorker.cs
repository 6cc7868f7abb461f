using System.Globalization;
using Microsoft.Extensions.Hosting.Systemd;

namespace Kiosk.Host.Health;

/// <summary>
/// Sends <c>WATCHDOG=1</c> to systemd every <c>WatchdogSec/2</c> while no health component has
/// failed, so a service whose store is gone is restarted by systemd instead of limping on. A
/// failure a restart cannot cure (a full disk) does not withhold it. Does nothing outside systemd
/// or when the unit sets no watchdog.
/// </summary>
public sealed partial class WatchdogWorker : BackgroundService
{
    public static readonly ServiceState Ping = new("WATCHDOG=1");

    private readonly ISystemdNotifier? _notifier;
    private readonly IWatchdogEnvironment _environment;
    private readonly HealthReporter _health;
    private readonly TimeProvider _time;
    private readonly ILogger<WatchdogWorker> _logger;
    private bool _withheld;

    public WatchdogWorker(ISystemdNotifier? notifier, IWatchdogEnvironment environment, HealthReporter health, TimeProvider time, ILogger<WatchdogWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _notifier = notifier;
        _environment = environment;
        _health = health;
        _time = time;
        _logger = logger;
    }

    /// <summary>Half of <c>WATCHDOG_USEC</c>, or null when no (valid) watchdog is set.</summary>
    public TimeSpan? Interval =>
        long.TryParse(_environment.WatchdogUsec, NumberStyles.None, CultureInfo.InvariantCulture, out var usec) && usec > 0
            ? TimeSpan.FromMicroseconds(usec / 2.0)
            : null;

    /// <summary>One beat: pings when nothing has failed; returns whether it pinged.</summary>
    public bool Beat()
    {
        if (_notifier is null)
        {
            return false;
        }

        var failed = _health.Check().Components.Where(c => c.Value.State == HealthState.Failed && c.Value.RestartHelps).Select(c => c.Key).ToList();
        if (failed.Count > 0)
        {
            if (!_withheld)
            {
                LogWithheld(_logger, string.Join(", ", failed));
            }

            _withheld = true;
            return false;
        }

        _withheld = false;
        _notifier.Notify(Ping);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_notifier is null || Interval is not { } interval)
        {
            return;
        }

        // The timer is armed before the first ping, so its period never drifts by how late this
        // loop gets back to waiting (and a test's fake clock cannot slip past an unarmed delay).
        using var timer = new PeriodicTimer(interval, _time);
        do
        {
            Beat();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Watchdog pings withheld: {Components} failed; systemd will restart the service")]
    private static partial void LogWithheld(ILogger logger, string components);
}
