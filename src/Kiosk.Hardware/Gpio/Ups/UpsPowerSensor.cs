using System.Device.Gpio;

namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>
/// Reads the UPS: a power-loss line (when wired) says whether mains is present; the INA219 (when
/// fitted) gives the battery voltage and, without a line, says mains is lost when the battery is
/// discharging (current below <see cref="Ina219Options.OnBatteryBelowAmps"/>). Either may be absent.
/// </summary>
public sealed class UpsPowerSensor : IPowerSensor, IDisposable
{
    private readonly GpioController? _controller;
    private readonly int _pin;
    private readonly PinValue _lostLevel;
    private readonly Ina219? _ina219;
    private readonly double _onBatteryBelowAmps;
    private readonly bool _shouldDispose;
    private readonly object _gate = new();
    private bool _opened;

    /// <param name="controller">Null when no power-loss line is wired.</param>
    /// <param name="powerLossPin">The line's BCM pin (ignored without a controller).</param>
    /// <param name="lostLevel">The line's level while mains is lost.</param>
    /// <param name="ina219">Null when no INA219 is fitted.</param>
    /// <param name="onBatteryBelowAmps">Discharge current that means "on battery" when there is no line.</param>
    /// <param name="shouldDispose">Whether this sensor disposes the controller and the INA219.</param>
    public UpsPowerSensor(GpioController? controller, int powerLossPin, LineLevel lostLevel, Ina219? ina219, double onBatteryBelowAmps, bool shouldDispose)
    {
        if (controller is null && ina219 is null)
        {
            throw new ArgumentException("A UPS sensor needs a power-loss line, an INA219, or both.", nameof(controller));
        }

        _controller = controller;
        _pin = powerLossPin;
        _lostLevel = lostLevel == LineLevel.High ? PinValue.High : PinValue.Low;
        _ina219 = ina219;
        _onBatteryBelowAmps = onBatteryBelowAmps;
        _shouldDispose = shouldDispose;
    }

    public PowerSample Read()
    {
        bool? mains = null;
        if (_controller is not null)
        {
            EnsureOpen();
            try
            {
                mains = _controller.Read(_pin) != _lostLevel;
            }
            catch (IOException ex)
            {
                throw GpioDeviceException.LineReadFailed("power-loss line", _pin, ex);
            }
        }

        double? volts = null;
        if (_ina219 is not null)
        {
            var reading = _ina219.Read();
            volts = reading.BusVolts;
            mains ??= reading.CurrentAmps >= _onBatteryBelowAmps;
        }

        return new PowerSample(mains, volts);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_opened)
            {
                _controller!.ClosePin(_pin);
                _opened = false;
            }

            if (_shouldDispose)
            {
                _controller?.Dispose();
                _ina219?.Dispose();
            }
        }
    }

    private void EnsureOpen()
    {
        lock (_gate)
        {
            if (_opened)
            {
                return;
            }

            try
            {
                _controller!.OpenPin(_pin, PinMode.Input);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                throw GpioDeviceException.PinUnavailable("power-loss line", _pin, ex);
            }

            _opened = true;
        }
    }
}
