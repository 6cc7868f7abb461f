using Kiosk.Host.Health;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Host.Tests.Health;

public class WatchdogWorkerTests
{
    [Fact]
    public async Task Pings_every_half_watchdog_period_while_nothing_has_failed()
    {
        var notifier = new RecordingNotifier();
        var time = new FakeTimeProvider();
        using var worker = Worker(notifier, "10000000", time, new FakeHealthComponent("store", HealthState.Degraded));

        await worker.StartAsync(CancellationToken.None);
        await notifier.NextPingAsync();
        for (var i = 0; i < 3; i++)
        {
            time.Advance(TimeSpan.FromSeconds(4.9));
            Assert.Equal(i + 1, notifier.Pings);
            time.Advance(TimeSpan.FromSeconds(0.1));
            await notifier.NextPingAsync();
        }

        await worker.StopAsync(CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(5), worker.Interval);
        Assert.Equal(4, notifier.Pings);
    }

    [Fact]
    public void Withholds_the_ping_while_a_component_has_failed_and_resumes_when_it_recovers()
    {
        var notifier = new RecordingNotifier();
        var store = new FakeHealthComponent("store", HealthState.Failed);
        using var worker = Worker(notifier, "20000000", new FakeTimeProvider(), store);

        Assert.False(worker.Beat());
        store.State = HealthState.Ok;
        Assert.True(worker.Beat());
        Assert.Equal(1, notifier.Pings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void Without_a_valid_WATCHDOG_USEC_there_is_no_interval(string? usec)
    {
        using var worker = Worker(new RecordingNotifier(), usec, new FakeTimeProvider(), new FakeHealthComponent("store", HealthState.Ok));

        Assert.Null(worker.Interval);
    }

    [Fact]
    public void Outside_systemd_no_notifier_means_no_ping()
    {
        using var worker = new WatchdogWorker(null, new Env("10000000"), new HealthReporter([new FakeHealthComponent("store", HealthState.Ok)]), new FakeTimeProvider(), NullLogger<WatchdogWorker>.Instance);

        Assert.False(worker.Beat());
    }

    private static WatchdogWorker Worker(RecordingNotifier notifier, string? usec, TimeProvider time, params IHealthComponent[] components) =>
        new(notifier, new Env(usec), new HealthReporter(components), time, NullLogger<WatchdogWorker>.Instance);

    private sealed class RecordingNotifier : ISystemdNotifier
    {
        private readonly SemaphoreSlim _pinged = new(0);
        private int _pings;

        public bool IsEnabled => true;

        public int Pings => Volatile.Read(ref _pings);

        public void Notify(ServiceState state)
        {
            Assert.Equal("WATCHDOG=1", state.ToString());
            Interlocked.Increment(ref _pings);
            _pinged.Release();
        }

        /// <summary>Waits for the worker's next ping (a hang here is the failure, reported by the test timeout below).</summary>
        public async Task NextPingAsync() =>
            Assert.True(await _pinged.WaitAsync(TimeSpan.FromSeconds(30)), "no ping came");
    }

    private sealed class Env(string? usec) : IWatchdogEnvironment
    {
        public string? WatchdogUsec => usec;
    }
}
