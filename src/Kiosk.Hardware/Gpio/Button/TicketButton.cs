using System.Device.Gpio;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Gpio.Button;

/// <summary>
/// A physical push button: the "print ticket" button, and a counter panel's "next" and "recall". Edges from the GPIO callback go through a
/// <see cref="ButtonDebouncer"/>; settled gestures are written to <see cref="Gestures"/> for a host
/// worker to read. Holds at most a few unread gestures: presses while the host is busy are dropped
/// rather than queued into a pile of tickets. <see cref="Start"/> opens the pin, not the constructor.
/// </summary>
public sealed partial class TicketButton : IDisposable
{
    private readonly GpioController _controller;
    private readonly int _pin;
    private readonly bool _activeLow;
    private readonly bool _shouldDispose;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _debounce;
    private readonly TimeSpan _longPress;
    private readonly string _peripheral;
    private ButtonDebouncer _debouncer;
    private readonly Channel<ButtonGesture> _gestures =
        Channel.CreateBounded<ButtonGesture>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly object _gate = new();
    private ITimer? _timer;

    // One window after the last edge the pin is read again, even when the edges say nothing is
    // pending: the final edge of a bounce burst may never have been reported.
    private DateTimeOffset? _recheckAt;
    private bool _started;
    private bool _disposed;

    public TicketButton(
        GpioController controller,
        int pin,
        bool activeLow,
        TimeSpan debounce,
        TimeSpan longPress,
        bool shouldDispose,
        TimeProvider timeProvider,
        ILogger<TicketButton>? logger = null,
        string peripheral = "ticket button")
    {
        _peripheral = peripheral;
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _controller = controller;
        _pin = pin;
        _activeLow = activeLow;
        _shouldDispose = shouldDispose;
        _time = timeProvider;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _debounce = debounce;
        _longPress = longPress;
        _debouncer = new ButtonDebouncer(debounce, longPress);
    }

    public ChannelReader<ButtonGesture> Gestures => _gestures.Reader;

    /// <summary>Opens the pin with the pull resistor that idles it released, and listens for edges.</summary>
    public void Start()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_started)
            {
                return;
            }

            try
            {
                _controller.OpenPin(_pin, _activeLow ? PinMode.InputPullUp : PinMode.InputPullDown);
                _controller.RegisterCallbackForPinValueChangedEvent(_pin, PinEventTypes.Rising | PinEventTypes.Falling, OnEdge);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                throw GpioDeviceException.PinUnavailable(_peripheral, _pin, ex);
            }

            _started = true;

            // A button already held at start (stuck, or leant on) is not a press.
            _debouncer = new ButtonDebouncer(_debounce, _longPress, initiallyPressed: IsPressedLevel(_controller.Read(_pin)));
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
            _timer?.Dispose();
            if (_started)
            {
                _controller.UnregisterCallbackForPinValueChangedEvent(_pin, OnEdge);
                _controller.ClosePin(_pin);
            }

            if (_shouldDispose)
            {
                _controller.Dispose();
            }

            _gestures.Writer.TryComplete();
        }
    }

    private bool IsPressedLevel(PinValue level) => _activeLow ? level == PinValue.Low : level == PinValue.High;

    private void OnEdge(object sender, PinValueChangedEventArgs e)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var level = e.ChangeType == PinEventTypes.Rising ? PinValue.High : PinValue.Low;
            var now = _time.GetUtcNow();
            _debouncer.RawChanged(IsPressedLevel(level), now);
            _recheckAt = now + _debounce;
            Settle();
        }
    }

    private void OnTimer(object? state)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            // The pin's level now, not only the edges: an edge lost in a burst of bounces would
            // otherwise leave the button stuck pressed (or released) until the next touch.
            var now = _time.GetUtcNow();
            if (_recheckAt <= now)
            {
                _recheckAt = null;
            }

            try
            {
                _debouncer.RawChanged(IsPressedLevel(_controller.Read(_pin)), now);
            }
            catch (IOException ex)
            {
                // Runs on a timer thread: an escaping exception would end the process. The edges
                // still drive the debouncer; the next edge re-arms the check.
                LogReadFailed(ex, _pin);
            }

            Settle();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the ticket button on BCM {Pin} failed; relying on edges")]
    private partial void LogReadFailed(Exception exception, int pin);

    // Under the lock: emit whatever has settled, then arm the timer for the next deadline.
    private void Settle()
    {
        var now = _time.GetUtcNow();
        while (_debouncer.Poll(now) is { } gesture)
        {
            _gestures.Writer.TryWrite(gesture);
        }

        _timer?.Dispose();
        _timer = null;
        var deadline = _debouncer.NextDeadline;
        if (_recheckAt is { } recheck && (deadline is null || recheck < deadline))
        {
            deadline = recheck;
        }

        if (deadline is not null)
        {
            var due = deadline.Value - now;
            _timer = _time.CreateTimer(OnTimer, null, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }
}
