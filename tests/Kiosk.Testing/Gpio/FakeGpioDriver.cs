using System.Device.Gpio;

namespace Kiosk.Testing;

/// <summary>
/// A <see cref="GpioDriver"/> for tests: records every write with the time it happened on the
/// (fake) clock, and lets a test drive input levels, which fires the registered edge callbacks
/// the way libgpiod does. Members are the eleven abstract ones of System.Device.Gpio 4.2.0.
/// </summary>
public sealed class FakeGpioDriver : GpioDriver
{
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<int, PinValue> _levels = [];
    private readonly Dictionary<int, PinMode> _modes = [];
    private readonly HashSet<int> _open = [];
    private readonly List<(int Pin, PinEventTypes Types, PinChangeEventHandler Handler)> _callbacks = [];
    private readonly List<PinWrite> _writes = [];

    public FakeGpioDriver(TimeProvider time) => _time = time;

    public IReadOnlyList<PinWrite> Writes
    {
        get
        {
            lock (_gate)
            {
                return [.. _writes];
            }
        }
    }

    public bool IsDisposed { get; private set; }

    /// <summary>Makes writes fail as a line taken away under us does.</summary>
    public bool FailWrites { get; set; }

    /// <summary>Makes reads fail the same way.</summary>
    public bool FailReads { get; set; }

    public IReadOnlyCollection<int> OpenPins
    {
        get
        {
            lock (_gate)
            {
                return [.. _open];
            }
        }
    }

    protected override int PinCount => 28;

    /// <summary>True once someone listens to <paramref name="pin"/>'s edges (the button's owner is ready).</summary>
    public bool HasCallback(int pin)
    {
        lock (_gate)
        {
            return _callbacks.Any(c => c.Pin == pin);
        }
    }

    public IReadOnlyList<PinWrite> WritesTo(int pin) => [.. Writes.Where(w => w.Pin == pin)];

    public PinValue Level(int pin)
    {
        lock (_gate)
        {
            return _levels.GetValueOrDefault(pin, PinValue.Low);
        }
    }

    public PinMode Mode(int pin)
    {
        lock (_gate)
        {
            return _modes[pin];
        }
    }

    /// <summary>Sets an input's level as the outside world would, firing callbacks for the edge.</summary>
    public void Drive(int pin, PinValue value) => Drive(pin, value, fireCallbacks: true);

    /// <summary>Sets an input's level; without callbacks it is an edge the kernel lost.</summary>
    public void Drive(int pin, PinValue value, bool fireCallbacks)
    {
        List<PinChangeEventHandler> toFire;
        PinEventTypes edge;
        lock (_gate)
        {
            var previous = _levels.GetValueOrDefault(pin, PinValue.Low);
            _levels[pin] = value;
            if (previous == value)
            {
                return;
            }

            edge = value == PinValue.High ? PinEventTypes.Rising : PinEventTypes.Falling;
            toFire = !fireCallbacks ? [] : [.. _callbacks.Where(c => c.Pin == pin && (c.Types & edge) != 0).Select(c => c.Handler)];
        }

        foreach (var handler in toFire)
        {
            handler(this, new PinValueChangedEventArgs(edge, pin));
        }
    }

    protected override void OpenPin(int pinNumber)
    {
        lock (_gate)
        {
            _open.Add(pinNumber);
            _modes.TryAdd(pinNumber, PinMode.Input);
        }
    }

    protected override void ClosePin(int pinNumber)
    {
        lock (_gate)
        {
            _open.Remove(pinNumber);
            _callbacks.RemoveAll(c => c.Pin == pinNumber);
        }
    }

    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        lock (_gate)
        {
            _modes[pinNumber] = mode;
            if (mode == PinMode.InputPullUp)
            {
                _levels[pinNumber] = PinValue.High;
            }
            else if (mode == PinMode.InputPullDown)
            {
                _levels[pinNumber] = PinValue.Low;
            }
        }
    }

    protected override PinMode GetPinMode(int pinNumber)
    {
        lock (_gate)
        {
            return _modes[pinNumber];
        }
    }

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => true;

    protected override PinValue Read(int pinNumber) =>
        FailReads ? throw new IOException($"Error reading pin {pinNumber}, error: 5") : Level(pinNumber);

    protected override void Write(int pinNumber, PinValue value)
    {
        lock (_gate)
        {
            if (!_open.Contains(pinNumber))
            {
                throw new InvalidOperationException($"Pin {pinNumber} written while not open.");
            }

            if (FailWrites)
            {
                throw new IOException($"Error writing pin {pinNumber}, error: 5");
            }

            _levels[pinNumber] = value;
            _writes.Add(new PinWrite(_time.GetUtcNow(), pinNumber, value));
        }
    }

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        new() { TimedOut = true, EventTypes = PinEventTypes.None };

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
    {
        lock (_gate)
        {
            _callbacks.Add((pinNumber, eventTypes, callback));
        }
    }

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
    {
        lock (_gate)
        {
            _callbacks.RemoveAll(c => c.Pin == pinNumber && c.Handler == callback);
        }
    }

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }
}

public sealed record PinWrite(DateTimeOffset At, int Pin, PinValue Value);
