namespace Kiosk.Hardware.Printer;

/// <summary>How the kiosk reaches its printer (<c>Kiosk:Printer:Transport</c>).</summary>
public enum PrinterTransportKind
{
    /// <summary>No printer: jobs become .bin and .png files under the data directory.</summary>
    Virtual,

    /// <summary>USB printer class device file such as /dev/usb/lp0.</summary>
    Usb,

    /// <summary>A serial port (RS-232 or USB-serial) such as /dev/ttyUSB0.</summary>
    Serial,

    /// <summary>A network printer on raw TCP, port 9100.</summary>
    Tcp,
}
