namespace Kiosk.Hardware.Gpio.Button;

/// <summary>
/// Turns raw, bouncing button edges into gestures. Pure: the caller reports raw changes with
/// their time and calls <see cref="Poll"/> at <see cref="NextDeadline"/>. A level counts once it
/// has held for the debounce window, so any burst of bounces inside the window is one change.
/// A short press is reported on release (only then is it known not to be a long press); a long
/// press is reported as soon as the button has been held long enough, and its release is silent.
/// </summary>
public sealed class ButtonDebouncer
{
    private readonly TimeSpan _debounce;
    private readonly TimeSpan _longPress;
    private bool _raw;
    private bool _stable;
    private DateTimeOffset _lastEdge;
    private DateTimeOffset _pressedAt;
    private bool _longReported;

    public ButtonDebouncer(TimeSpan debounce, TimeSpan longPress, bool initiallyPressed = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(debounce, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(longPress, debounce);
        _debounce = debounce;
        _longPress = longPress;
        _raw = _stable = initiallyPressed;

        // A button held at start is not a gesture: wait for its release first.
        _longReported = initiallyPressed;
    }

    /// <summary>The debounced state.</summary>
    public bool IsPressed => _stable;

    /// <summary>When <see cref="Poll"/> must next run, or null when nothing is pending.</summary>
    public DateTimeOffset? NextDeadline =>
        _raw != _stable ? _lastEdge + _debounce
        : _stable && !_longReported ? _pressedAt + _longPress
        : null;

    /// <summary>Reports the raw (bouncing) level seen on the pin.</summary>
    public void RawChanged(bool pressed, DateTimeOffset at)
    {
        if (pressed == _raw)
        {
            return;
        }

        _raw = pressed;
        _lastEdge = at;
    }

    /// <summary>Settles the state at <paramref name="now"/>; returns the gesture completed, if any.</summary>
    public ButtonGesture? Poll(DateTimeOffset now)
    {
        if (_raw != _stable && now - _lastEdge >= _debounce)
        {
            _stable = _raw;
            if (_stable)
            {
                _pressedAt = _lastEdge;
                _longReported = false;
            }
            else if (!_longReported)
            {
                _longReported = true;
                return _lastEdge - _pressedAt >= _longPress ? ButtonGesture.LongPress : ButtonGesture.Press;
            }
        }

        // While a release is still settling the hold may turn out shorter: wait for it.
        if (_stable && _raw && !_longReported && now - _pressedAt >= _longPress)
        {
            _longReported = true;
            return ButtonGesture.LongPress;
        }

        return null;
    }
}
