using Microsoft.Extensions.Logging;

namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>
/// Samples the UPS every <see cref="ShutdownOptions.PollInterval"/>, publishes the
/// <see cref="PowerStatus"/> (for the status LED and <c>kiosk doctor</c>), and when the
/// <see cref="PowerLossPolicy"/> says so runs the host's <see cref="IShutdownSequence"/> once.
/// The host owns the loop: run <see cref="RunAsync"/> from a BackgroundService.
/// A sensor that fails is logged and retried on the next tick; it never triggers a shutdown.
/// </summary>
public sealed partial class PowerLossMonitor
{
    private readonly IPowerSensor _sensor;
    private readonly IShutdownSequence _shutdown;
    private readonly PowerLossPolicy _policy;
    private readonly TimeSpan _pollInterval;
    private readonly TimeProvider _time;
    private readonly ILogger<PowerLossMonitor> _logger;
    private PowerStatus _status = PowerStatus.Mains;

    public PowerLossMonitor(
        IPowerSensor sensor,
        IShutdownSequence shutdown,
        ShutdownOptions options,
        int cellsInSeries,
        TimeProvider timeProvider,
        ILogger<PowerLossMonitor> logger)
    {
        ArgumentNullException.ThrowIfNull(sensor);
        ArgumentNullException.ThrowIfNull(shutdown);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _sensor = sensor;
        _shutdown = shutdown;
        _policy = new PowerLossPolicy(options, cellsInSeries);
        _pollInterval = options.PollInterval;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>Raised when the state (mains, on battery, critical) changes.</summary>
    public event EventHandler<PowerStatus>? StateChanged;

    public PowerStatus Status => Volatile.Read(ref _status);

    /// <summary>Samples until cancelled, or until the shutdown sequence has run (then returns).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Sample() is { Shutdown: { } reason } status)
            {
                LogShuttingDown(reason, status.OnBatterySince, status.BatteryVolts);
                await _shutdown.ShutdownAsync(reason, cancellationToken);
                return;
            }

            await Task.Delay(_pollInterval, _time, cancellationToken);
        }
    }

    private PowerStatus? Sample()
    {
        PowerSample sample;
        try
        {
            sample = _sensor.Read();
        }
        catch (GpioDeviceException ex)
        {
            LogSensorFailed(ex);
            return null;
        }

        var previous = _status;
        var status = _policy.Evaluate(sample, _time.GetUtcNow());
        Volatile.Write(ref _status, status);
        if (status.State != previous.State)
        {
            LogStateChanged(previous.State, status.State, status.BatteryVolts, status.ShutdownDeadline);
            StateChanged?.Invoke(this, status);
        }

        return status;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Power {From} -> {To} (battery {BatteryVolts} V, shutdown due {ShutdownDeadline})")]
    private partial void LogStateChanged(PowerState from, PowerState to, double? batteryVolts, DateTimeOffset? shutdownDeadline);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Shutting down: {Reason} (on battery since {OnBatterySince}, battery {BatteryVolts} V)")]
    private partial void LogShuttingDown(ShutdownReason reason, DateTimeOffset? onBatterySince, double? batteryVolts);

    [LoggerMessage(Level = LogLevel.Error, Message = "UPS sensor read failed; retrying on the next tick")]
    private partial void LogSensorFailed(Exception exception);
}
