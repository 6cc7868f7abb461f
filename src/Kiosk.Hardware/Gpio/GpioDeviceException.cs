using System.Globalization;

namespace Kiosk.Hardware.Gpio;

/// <summary>The one exception family of the board peripherals (LED, buzzer, button, power key, UPS, clock).</summary>
public class GpioDeviceException : Exception
{
    public GpioDeviceException()
    {
    }

    public GpioDeviceException(string message)
        : base(message)
    {
    }

    public GpioDeviceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static GpioDeviceException CalibrationOutOfRange(double shuntOhms, double currentLsbAmps) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"INA219 calibration for a {shuntOhms} ohm shunt and a {currentLsbAmps * 1e6:0.###} uA current LSB does not fit the 16-bit calibration register."));

    public static GpioDeviceException PinUnavailable(string peripheral, int pin, Exception innerException) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"Could not open BCM pin {pin} for the {peripheral}: is another program (or a device-tree overlay) using it?"), innerException);

    public static GpioDeviceException I2cFailed(string device, int address, Exception innerException) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"I2C transfer with the {device} at 0x{address:X2} failed: check wiring, dtparam=i2c_arm=on and 'i2cdetect -y 1'."), innerException);

    public static GpioDeviceException LineReadFailed(string peripheral, int pin, Exception innerException) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Reading BCM pin {pin} ({peripheral}) failed."), innerException);
}
