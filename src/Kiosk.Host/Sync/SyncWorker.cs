using Kiosk.Core.Configuration;
using Kiosk.Core.Resilience;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Core.Sync;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Sync;

/// <summary>
/// Runs the sync contract in the background: pushes the outbox until it is empty, pulls status
/// updates, sends a heartbeat every few minutes, then waits for the pull interval, a new event or
/// "sync now". Failures back off with jitter; a refused token pauses for an hour.
/// </summary>
public sealed partial class SyncWorker : BackgroundService
{
    public static readonly TimeSpan LongPause = TimeSpan.FromHours(1);
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromMinutes(5);

    private readonly SyncEngine _engine;
    private readonly UpstreamOptions _options;
    private readonly Func<DeviceHeartbeat> _heartbeat;
    private readonly IUpstreamClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger<SyncWorker> _logger;
    private readonly StoreRetention _retention;
    private readonly OfficeProfile _office;
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly SemaphoreSlim _oneCycle = new(1, 1);
    private DateTimeOffset _lastHeartbeat = DateTimeOffset.MinValue;
    private readonly Func<double> _randomizer;
    private int _failures;

    /// <summary>Takes the backoff's jitter as <c>randomizer</c>, a number in [0, 1), injected like time so tests can fix it.</summary>
    public SyncWorker(SyncEngine engine, IOptions<UpstreamOptions> options, Func<DeviceHeartbeat> heartbeat, IUpstreamClient client, IOutbox outbox, StoreRetention retention, OfficeProfile office, TimeProvider time, ILogger<SyncWorker> logger, Func<double> randomizer)
    {
        ArgumentNullException.ThrowIfNull(randomizer);
        _randomizer = randomizer;
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outbox);
        _retention = retention;
        _office = office;
        // A new ticket or complaint goes upstream now, not at the next pull.
        outbox.Appended += (_, _) => Wake();
        _engine = engine;
        _options = options.Value;
        _heartbeat = heartbeat;
        _client = client;
        _time = time;
        _logger = logger;
    }

    /// <summary>Ends the current wait (new outbox events, or a technician's "sync now").</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
        }
    }

    /// <summary>When the background loop tries next (null before its first wait).</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>One full cycle: push until empty, pull until up to date, heartbeat when due. Returns how long to wait.</summary>
    public async Task<TimeSpan> RunCycleAsync(CancellationToken ct)
    {
        // The loop and a technician's "sync now" never run a cycle at the same time.
        await _oneCycle.WaitAsync(ct);
        try
        {
            return await RunCycleLockedAsync(ct);
        }
        finally
        {
            _oneCycle.Release();
        }
    }

    private async Task<TimeSpan> RunCycleLockedAsync(CancellationToken ct)
    {
        var answersBefore = _engine.Answers;
        var step = await DrainAsync(_engine.PushOnceAsync, ct);
        if (step is SyncStep.Idle)
        {
            step = await DrainAsync(_engine.PullOnceAsync, ct);
        }

        if (_engine.Answers != answersBefore)
        {
            // Upstream answered 200 in this cycle: the backoff starts again from its first step,
            // even when a later request of the same cycle fails (docs/sync-protocol.md).
            _failures = 0;
        }

        if (step is SyncStep.Idle && _time.GetUtcNow() - _lastHeartbeat >= HeartbeatInterval)
        {
            var outcome = await _client.HeartbeatAsync(_heartbeat(), ct);
            if (outcome is UpstreamOutcome<HeartbeatReceipt>.Answered)
            {
                _lastHeartbeat = _time.GetUtcNow();
            }
        }

        switch (step)
        {
            case SyncStep.Retry retry:
                _failures++;
                var delay = KioskBackoff.Sync.Delay(_failures, _randomizer, retry.RetryAfter);
                LogRetry(_logger, retry.Reason, delay);
                return delay;
            case SyncStep.Halt halt:
                _failures++;
                LogHalt(_logger, halt.Reason);
                return LongPause;
            default:
                _failures = 0;
                PurgeDaily();
                return _options.PullInterval;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await RunCycleAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug or a store fault must not end sync for good: log it and back off.
                _failures++;
                wait = KioskBackoff.Sync.Delay(_failures, _randomizer);
                LogCycleFailed(_logger, e);
            }

            NextAttemptAt = _time.GetUtcNow() + wait;
            using var timer = new CancellationTokenSource(wait, _time);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timer.Token);
            try
            {
                await _wake.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The wait ran out: next cycle.
            }
        }
    }

    /// <summary>Once a day, after a good cycle: what upstream has and is older than the retention goes.</summary>
    private void PurgeDaily()
    {
        var now = _time.GetUtcNow();
        if (now - _lastPurge < TimeSpan.FromDays(1))
        {
            return;
        }

        _lastPurge = now;
        var result = _retention.Purge(now.AddDays(-_options.RetentionDays), _office.LocalDay(now).AddDays(-_options.RetentionDays));
        LogPurged(_logger, result.TicketEvents, result.Complaints, result.SmsMessages, result.PrintJobs);
    }

    private static async Task<SyncStep> DrainAsync(Func<CancellationToken, Task<SyncStep>> step, CancellationToken ct)
    {
        // Bounded, so one cycle cannot run for ever on a huge backlog; the next cycle continues.
        for (var i = 0; i < 1000; i++)
        {
            var result = await step(ct);
            if (result is not SyncStep.Continue)
            {
                return result;
            }
        }

        return new SyncStep.Idle();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync failed ({Reason}); retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync halted: {Reason}; pausing for an hour")]
    private static partial void LogHalt(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {TicketEvents} ticket events, {Complaints} complaints, {Sms} SMS, {PrintJobs} print jobs")]
    private static partial void LogPurged(ILogger logger, int ticketEvents, int complaints, int sms, int printJobs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync cycle failed")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);
}
