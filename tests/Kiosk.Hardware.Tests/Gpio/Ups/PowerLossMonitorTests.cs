using System.Device.Gpio;
using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Ups;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Tests.Gpio.Ups;

public class PowerLossMonitorTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private readonly SteppingTimeProvider _time = new();
    private readonly SettableSensor _sensor = new();
    private readonly RecordingShutdown _shutdown;

    public PowerLossMonitorTests() => _shutdown = new RecordingShutdown(_time);

    private PowerLossMonitor NewMonitor() => new(
        _sensor,
        _shutdown,
        new ShutdownOptions { AfterOnBattery = TimeSpan.FromMinutes(10), BelowCellVolts = 3.3, PollInterval = Poll },
        cellsInSeries: 1,
        _time,
        NullLogger<PowerLossMonitor>.Instance);

    /// <summary>Lets the monitor take samples number 1..<paramref name="lastSample"/> (sample 0 is taken at start).</summary>
    private async Task TickUntilSample(int firstSample, int lastSample)
    {
        for (var i = firstSample; i <= lastSample; i++)
        {
            await _time.AdvanceAfterTimerAsync(i, Poll);
        }
    }

    [Fact]
    public async Task Mains_lost_for_ten_minutes_runs_the_shutdown_sequence_once_at_the_deadline()
    {
        var monitor = NewMonitor();
        var states = new List<PowerState>();
        monitor.StateChanged += (_, s) => states.Add(s.State);
        var run = monitor.RunAsync(CancellationToken.None);

        await TickUntilSample(1, 2);
        await _time.WaitForTimerAsync(3);                     // sample 2 taken
        _sensor.Sample = new PowerSample(false, 3.9);          // lost; seen by sample 3 at 15 s
        await TickUntilSample(3, 122);                         // sample 122 at 610 s: 5 s short of 15 s + 10 min
        Assert.Empty(_shutdown.Calls);
        await TickUntilSample(123, 123);                       // sample 123 at 615 s
        await run;

        Assert.Equal([(ShutdownReason.OnBatteryTooLong, _time.Start.AddSeconds(615))], _shutdown.Calls);
        Assert.Equal([PowerState.OnBattery], states);
        Assert.Equal(_time.Start.AddSeconds(15), monitor.Status.OnBatterySince);
    }

    [Fact]
    public async Task Mains_back_before_the_deadline_cancels_the_shutdown()
    {
        var monitor = NewMonitor();
        var states = new List<PowerState>();
        monitor.StateChanged += (_, s) => states.Add(s.State);
        using var stop = new CancellationTokenSource();
        var run = monitor.RunAsync(stop.Token);

        _sensor.Sample = new PowerSample(false, 3.9);
        await TickUntilSample(1, 100);                         // 500 s on battery
        await _time.WaitForTimerAsync(101);
        _sensor.Sample = new PowerSample(true, 4.0);
        await TickUntilSample(101, 360);                       // 30 minutes in all
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Empty(_shutdown.Calls);
        Assert.Equal([PowerState.OnBattery, PowerState.Mains], states);
        Assert.Equal(PowerState.Mains, monitor.Status.State);
    }

    [Fact]
    public async Task A_battery_below_the_cell_voltage_shuts_down_on_the_second_low_sample()
    {
        var monitor = NewMonitor();
        _sensor.Sample = new PowerSample(false, 3.2);
        var run = monitor.RunAsync(CancellationToken.None);

        await TickUntilSample(1, 1);
        await run;

        Assert.Equal([(ShutdownReason.BatteryLow, _time.Start.AddSeconds(5))], _shutdown.Calls);
    }

    [Fact]
    public async Task A_failing_sensor_is_retried_and_never_shuts_down()
    {
        var monitor = NewMonitor();
        using var stop = new CancellationTokenSource();
        _sensor.Failure = new GpioDeviceException("I2C transfer failed");
        var run = monitor.RunAsync(stop.Token);

        await TickUntilSample(1, 200);
        await _time.WaitForTimerAsync(201);
        _sensor.Failure = null;
        _sensor.Sample = new PowerSample(false, 3.9);
        await TickUntilSample(201, 201);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Empty(_shutdown.Calls);
        Assert.Equal(_time.Start.AddSeconds(1005), monitor.Status.OnBatterySince);
    }

    [Fact]
    public async Task The_power_loss_line_falling_for_ten_minutes_shuts_down_through_the_real_sensor()
    {
        const int Pin = 22;
        var driver = new FakeGpioDriver(_time);
        driver.Drive(Pin, PinValue.High);
        using var sensor = new UpsPowerSensor(new GpioController(driver), Pin, LineLevel.Low, null, 0, shouldDispose: true);
        var monitor = new PowerLossMonitor(
            sensor,
            _shutdown,
            new ShutdownOptions { AfterOnBattery = TimeSpan.FromMinutes(10), PollInterval = Poll },
            cellsInSeries: 1,
            _time,
            NullLogger<PowerLossMonitor>.Instance);
        var run = monitor.RunAsync(CancellationToken.None);

        await _time.WaitForTimerAsync(1);
        driver.Drive(Pin, PinValue.Low);   // mains lost; seen by sample 1 at 5 s
        await TickUntilSample(1, 121);                           // 605 s: deadline
        await run;

        Assert.Equal([(ShutdownReason.OnBatteryTooLong, _time.Start.AddSeconds(605))], _shutdown.Calls);
    }

    private sealed class SettableSensor : IPowerSensor
    {
        public PowerSample Sample { get; set; } = new(true, 4.1);

        public Exception? Failure { get; set; }

        public PowerSample Read() => Failure is { } failure ? throw failure : Sample;
    }

    private sealed class RecordingShutdown(TimeProvider time) : IShutdownSequence
    {
        public List<(ShutdownReason Reason, DateTimeOffset At)> Calls { get; } = [];

        public Task ShutdownAsync(ShutdownReason reason, CancellationToken cancellationToken)
        {
            Calls.Add((reason, time.GetUtcNow()));
            return Task.CompletedTask;
        }
    }
}
