namespace Kiosk.Hardware.Modem.Transport;

/// <summary>The serial device of the modem.</summary>
public sealed record SerialPortTransportOptions
{
    /// <summary>A device path: /dev/ttyAMA0, /dev/ttyUSB2, or a udev symlink such as /dev/kiosk-modem.</summary>
    public required string PortName { get; init; }

    public int BaudRate { get; init; } = 115200;

    /// <summary>First wait before looking for the device again; doubles up to <see cref="MaxReopenDelay"/>.</summary>
    public TimeSpan ReopenDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReopenDelay { get; init; } = TimeSpan.FromSeconds(30);
}
