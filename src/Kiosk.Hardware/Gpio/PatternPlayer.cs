using Microsoft.Extensions.Logging;

namespace Kiosk.Hardware.Gpio;

/// <summary>
/// Plays a <see cref="BlinkPattern"/> on an on/off output with a timer per step from the injected
/// <see cref="TimeProvider"/>; never blocks the caller. Starting a new pattern replaces the one
/// playing. Shared by the status LED and the buzzer. A write that fails on the timer is logged
/// and stops the pattern: a broken LED must not take the kiosk down with an unhandled exception.
/// </summary>
internal sealed partial class PatternPlayer : IDisposable
{
    private readonly Action<bool> _output;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _device;
    private readonly object _gate = new();
    private ITimer? _timer;
    private BlinkPattern? _pattern;
    private int _index;

    // Identifies the step the live timer belongs to, so a callback already queued for a
    // replaced pattern (or an earlier step) does nothing.
    private object? _stepToken;
    private bool _disposed;

    public PatternPlayer(Action<bool> output, TimeProvider timeProvider, ILogger logger, string device)
    {
        _output = output;
        _time = timeProvider;
        _logger = logger;
        _device = device;
    }

    public BlinkPattern? Current
    {
        get
        {
            lock (_gate)
            {
                return _pattern;
            }
        }
    }

    public void Play(BlinkPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _pattern = pattern;
            _index = 0;
            EnterStep();
        }
    }

    /// <summary>Stops the pattern and turns the output off.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _pattern = null;
            CancelTimer();
            _output(false);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _pattern = null;
            CancelTimer();
        }
    }

    // Called under the lock.
    private void EnterStep()
    {
        var step = _pattern!.Steps[_index];
        CancelTimer();
        _output(step.On);
        if (step.Duration == TimeSpan.MaxValue)
        {
            return;
        }

        var token = new object();
        _stepToken = token;
        _timer = _time.CreateTimer(OnTimer, token, step.Duration, Timeout.InfiniteTimeSpan);
    }

    // Called under the lock.
    private void CancelTimer()
    {
        _stepToken = null;
        _timer?.Dispose();
        _timer = null;
    }

    private void OnTimer(object? state)
    {
        lock (_gate)
        {
            if (_disposed || _pattern is null || !ReferenceEquals(state, _stepToken))
            {
                return;
            }

            try
            {
                _index++;
                if (_index < _pattern.Steps.Count || _pattern.Repeats)
                {
                    _index %= _pattern.Steps.Count;
                    EnterStep();
                }
                else
                {
                    _pattern = null;
                    CancelTimer();
                    _output(false);
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                _pattern = null;
                CancelTimer();
                LogOutputFailed(ex, _device);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the {Device} failed; its pattern is stopped")]
    private partial void LogOutputFailed(Exception exception, string device);
}
