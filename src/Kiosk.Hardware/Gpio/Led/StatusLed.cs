using System.Device.Gpio;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Gpio.Led;

/// <summary>
/// The status LED on one GPIO (high = lit). <see cref="Show(StatusLedSignal)"/> returns at once;
/// the pattern runs on a timer from the injected <see cref="TimeProvider"/>. The pin is opened on
/// first use, not in the constructor.
/// </summary>
public sealed class StatusLed : IDisposable
{
    private readonly GpioController _controller;
    private readonly int _pin;
    private readonly bool _shouldDispose;
    private readonly PatternPlayer _player;
    private readonly object _gate = new();
    private readonly HashSet<StatusLedSignal> _raised = [];
    private StatusLedSignal? _current;
    private bool _opened;
    private bool _disposed;

    public StatusLed(GpioController controller, int pin, bool shouldDispose, TimeProvider timeProvider, ILogger<StatusLed>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _controller = controller;
        _pin = pin;
        _shouldDispose = shouldDispose;
        _player = new PatternPlayer(
            on => _controller.Write(_pin, on ? PinValue.High : PinValue.Low),
            timeProvider,
            logger ?? (ILogger)NullLogger.Instance,
            "status LED");
    }

    /// <summary>The signal shown, or null before the first <see cref="Show(StatusLedSignal)"/>.</summary>
    public StatusLedSignal? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>
    /// Marks a condition as holding (each subsystem raises and clears its own: the printer its
    /// fault, the power monitor OnBattery) and shows the most important one still raised.
    /// </summary>
    public void Raise(StatusLedSignal signal) => Update(signal, raised: true);

    /// <summary>Clears a condition raised with <see cref="Raise"/>; with none left the LED shows Ready.</summary>
    public void Clear(StatusLedSignal signal) => Update(signal, raised: false);

    /// <summary>Shows the most important of the signals that hold (none: Ready).</summary>
    public void Show(IEnumerable<StatusLedSignal> active) => Show(StatusLedPriority.Choose(active));

    /// <summary>Shows a signal; showing the one already shown does not restart its pattern.</summary>
    public void Show(StatusLedSignal signal)
    {
        var pattern = StatusLedPatterns.For(signal);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_current == signal)
            {
                return;
            }

            EnsureOpen();
            _current = signal;
            _player.Play(pattern);
        }
    }

    private void Update(StatusLedSignal signal, bool raised)
    {
        // Show takes the same (re-entrant) lock: two subsystems raising at once cannot leave a stale signal.
        lock (_gate)
        {
            if (raised)
            {
                _raised.Add(signal);
            }
            else
            {
                _raised.Remove(signal);
            }

            Show(StatusLedPriority.Choose(_raised));
        }
    }

    /// <summary>Turns the LED off (the host does this on a clean stop).</summary>
    public void Off()
    {
        lock (_gate)
        {
            if (_disposed || !_opened)
            {
                return;
            }

            _current = null;
            _player.Stop();
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
            _player.Dispose();
            if (_opened)
            {
                _controller.Write(_pin, PinValue.Low);
                _controller.ClosePin(_pin);
            }

            if (_shouldDispose)
            {
                _controller.Dispose();
            }
        }
    }

    private void EnsureOpen()
    {
        if (_opened)
        {
            return;
        }

        try
        {
            _controller.OpenPin(_pin, PinMode.Output);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw GpioDeviceException.PinUnavailable("status LED", _pin, ex);
        }

        _opened = true;
    }
}
