namespace Kiosk.Hardware.Printer;

/// <summary>Why a <see cref="PrinterException"/> was thrown.</summary>
public enum PrinterError
{
    InvalidConfiguration,
    DeviceNotFound,
    ConnectionRefused,
    ConnectTimeout,
    LinkFailed,
    StatusTimeout,
    InvalidStatusReply,
    NotReady,
}
