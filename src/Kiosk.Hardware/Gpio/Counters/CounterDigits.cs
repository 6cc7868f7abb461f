using System.Device.Gpio;
using Iot.Device.Tm16xx;

namespace Kiosk.Hardware.Gpio.Counters;

/// <summary>
/// A counter's 4-digit number display, a TM1637 on two GPIO lines, driven by Iot.Device.Bindings'
/// <see cref="Tm1637"/> (its bit timing is a few microseconds per clock, not a sleep in our logic).
/// Shows the ticket the counter called last; blank until then.
/// </summary>
public sealed class CounterDigits : IDisposable
{
    private readonly Tm1637 _device;
    private readonly Lock _gate = new();

    public CounterDigits(GpioController controller, int clockPin, int dataPin, byte brightness)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brightness, (byte)7);
        try
        {
            _device = new Tm1637(clockPin, dataPin, controller, shouldDispose: false);

            // Iot.Device 4.2.0 keeps the display-control byte at 0 (display off) until a setting
            // changes, and setting the brightness or screen to the value it already assumes (7, on)
            // is not a change: SetScreen always sends it.
            _device.SetScreen(brightness, screenOn: true);
            _device.ClearDisplay();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw GpioDeviceException.PinUnavailable("counter number display", clockPin, e);
        }
    }

    /// <summary>The code now shown (null while blank).</summary>
    public string? Showing { get; private set; }

    public void Show(string ticketCode)
    {
        lock (_gate)
        {
            _device.Display(SevenSegmentFont.FourDigits(ticketCode));
            Showing = ticketCode;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _device.ClearDisplay();
            Showing = null;
        }
    }

    public void Dispose() => _device.Dispose();
}
