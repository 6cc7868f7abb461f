using Kiosk.Hardware.Printer.EscPos;
using Kiosk.Hardware.Printer.Virtual;

namespace Kiosk.Hardware.Printer.Transports;

/// <summary>
/// The link to the virtual printer: collects the job, answers DLE EOT queries (which are not part
/// of the job) and on flush writes the job so far to its .bin and .png, so a failure to write
/// surfaces from <see cref="EscPosPrinter.PrintAsync"/> rather than from a dispose.
/// </summary>
internal sealed class VirtualPrinterStream(PrinterStatus status, PaperWidth paperWidth, string binPath, string pngPath) : Stream
{
    private readonly MemoryStream _job = new();
    private readonly Queue<byte> _replies = new();
    private bool _disposed;

    public override bool CanRead => !_disposed;

    public override bool CanSeek => false;

    public override bool CanWrite => !_disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (buffer.Length == 3 && buffer[0] == (byte)ControlByte.Dle && buffer[1] == (byte)ControlByte.Eot && buffer[2] is >= 1 and <= 4)
        {
            _replies.Enqueue(RealtimeStatusReplies.For(status, (RealtimeStatusQuery)buffer[2]));
            return;
        }

        _job.Write(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var count = 0;
        while (count < buffer.Length && _replies.TryDequeue(out var reply))
        {
            buffer[count++] = reply;
        }

        return count;
    }

    public override void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_job.Length == 0)
        {
            return;
        }

        var job = _job.ToArray();
        File.WriteAllBytes(binPath, job);
        File.WriteAllBytes(pngPath, VirtualPrinter.Render(job, paperWidth).Png);
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _job.Dispose();
        }

        base.Dispose(disposing);
    }
}
