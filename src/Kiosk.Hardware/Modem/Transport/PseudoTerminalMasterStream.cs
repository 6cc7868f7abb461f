using System.Runtime.InteropServices;

namespace Kiosk.Hardware.Modem.Transport;

/// <summary>
/// The master descriptor as a stream. Reads poll in short slices so that cancellation and
/// disposal are noticed; while no slave is open (EIO / POLLHUP) a read simply keeps waiting.
/// </summary>
internal sealed unsafe class PseudoTerminalMasterStream(int descriptor) : Stream
{
    private const int PollSliceMilliseconds = 50;
    private int _descriptor = descriptor;

    public override bool CanRead => Volatile.Read(ref _descriptor) >= 0;

    public override bool CanSeek => false;

    public override bool CanWrite => Volatile.Read(ref _descriptor) >= 0;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count), CancellationToken.None);

    public override int Read(Span<byte> buffer) => Read(buffer, CancellationToken.None);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        new(Task.Factory.StartNew(
            () => Read(buffer.Span, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var fd = Volatile.Read(ref _descriptor);
            ObjectDisposedException.ThrowIf(fd < 0, this);
            nint written;
            fixed (byte* pointer = buffer)
            {
                written = PseudoTerminalNative.Write(fd, pointer, (nuint)buffer.Length);
            }

            if (written < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno is PseudoTerminalNative.InterruptedErrno or PseudoTerminalNative.WouldBlockErrno)
                {
                    continue;
                }

                throw new IOException($"Writing to the pseudo-terminal failed (errno {errno}).");
            }

            buffer = buffer[(int)written..];
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        var fd = Interlocked.Exchange(ref _descriptor, -1);
        if (fd >= 0)
        {
            PseudoTerminalNative.Close(fd);
        }

        base.Dispose(disposing);
    }

    private int Read(Span<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fd = Volatile.Read(ref _descriptor);
            if (fd < 0)
            {
                return 0; // disposed: end of stream
            }

            var poll = new PseudoTerminalNative.PollDescriptor { Descriptor = fd, Events = PseudoTerminalNative.PollIn };
            var ready = PseudoTerminalNative.Poll(&poll, 1, PollSliceMilliseconds);
            if (ready <= 0 || (poll.ReturnedEvents & PseudoTerminalNative.PollIn) == 0)
            {
                if ((poll.ReturnedEvents & PseudoTerminalNative.PollInvalid) != 0)
                {
                    return 0;
                }

                if ((poll.ReturnedEvents & PseudoTerminalNative.PollHangUp) != 0)
                {
                    // No slave open (the port is closed or being reopened): wait a slice, then look again.
                    PseudoTerminalNative.Poll(null, 0, PollSliceMilliseconds);
                }

                continue;
            }

            nint count;
            fixed (byte* pointer = buffer)
            {
                count = PseudoTerminalNative.Read(fd, pointer, (nuint)buffer.Length);
            }

            if (count > 0)
            {
                return (int)count;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (count < 0 && errno is not (PseudoTerminalNative.InterruptedErrno or PseudoTerminalNative.IoErrno or PseudoTerminalNative.WouldBlockErrno))
            {
                throw new IOException($"Reading the pseudo-terminal failed (errno {errno}).");
            }
        }
    }
}
