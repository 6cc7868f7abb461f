using System.Globalization;
using System.Net.Sockets;

namespace Kiosk.Hardware.Printer;

/// <summary>The one exception family of the printer subsystem; create it with the factory methods.</summary>
public class PrinterException : Exception
{
    public PrinterException()
        : this(PrinterError.LinkFailed, "Printer failure.")
    {
    }

    public PrinterException(string message)
        : this(PrinterError.LinkFailed, message)
    {
    }

    public PrinterException(string message, Exception innerException)
        : this(PrinterError.LinkFailed, message, innerException)
    {
    }

    protected PrinterException(PrinterError error, string message, Exception? innerException = null)
        : base(message, innerException) => Error = error;

    public PrinterError Error { get; }

    /// <summary>The printer status that caused <see cref="PrinterError.NotReady"/>, otherwise null.</summary>
    public PrinterStatus? Status { get; private init; }

    public static PrinterConfigurationException InvalidConfiguration(string key, string reason) => new(key, reason);

    public static PrinterException DeviceNotFound(string device, Exception inner) =>
        new(PrinterError.DeviceNotFound, $"Printer device '{device}' cannot be opened: {inner.Message}", inner);

    public static PrinterException ConnectionRefused(string host, int port, SocketException inner) =>
        new(PrinterError.ConnectionRefused, $"Printer at {host}:{port} refused the connection ({inner.SocketErrorCode}).", inner);

    public static PrinterException ConnectTimeout(string host, int port, TimeSpan timeout) =>
        new(PrinterError.ConnectTimeout, string.Create(CultureInfo.InvariantCulture, $"Printer at {host}:{port} did not answer within {timeout.TotalSeconds:0.###} s."));

    public static PrinterException LinkFailed(string what, Exception inner) =>
        new(PrinterError.LinkFailed, $"Printer link failed while {what}: {inner.Message}", inner);

    public static PrinterException StatusTimeout(EscPos.RealtimeStatusQuery query, TimeSpan timeout) =>
        new(PrinterError.StatusTimeout, string.Create(CultureInfo.InvariantCulture, $"Printer did not answer DLE EOT {(byte)query} within {timeout.TotalMilliseconds:0} ms."));

    public static PrinterException InvalidStatusReply(EscPos.RealtimeStatusQuery query, byte reply) =>
        new(PrinterError.InvalidStatusReply, string.Create(CultureInfo.InvariantCulture, $"DLE EOT {(byte)query} reply 0x{reply:X2} is not a status byte (bits 1 and 4 must be set, 0 and 7 clear)."));

    public static PrinterException NotReady(PrinterStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(PrinterError.NotReady, $"Printer is not ready: {status.Condition}.") { Status = status };
    }
}
