namespace Kiosk.Hardware.Printer.Transports;

/// <summary>
/// An open connection to a printer. <see cref="Stream"/> carries the ESC/POS bytes; when the link is
/// one-way the stream cannot be read and status is unknown. Disposing the link closes the stream and
/// whatever opened it (the serial port, the socket).
/// </summary>
public sealed class PrinterLink : IAsyncDisposable
{
    private readonly IDisposable? _owner;

    public PrinterLink(Stream stream, bool isTwoWay, IDisposable? owner = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Stream = stream;
        IsTwoWay = isTwoWay && stream.CanRead;
        _owner = owner;
    }

    public Stream Stream { get; }

    /// <summary>True when the printer can answer DLE EOT over this link.</summary>
    public bool IsTwoWay { get; }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        _owner?.Dispose();
    }
}
