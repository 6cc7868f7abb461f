using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.EscPos;

namespace Kiosk.Testing;

/// <summary>
/// Plays a thermal printer on the far end of a stream (a TCP socket, a pty master): keeps the job
/// bytes and answers DLE EOT n with the reply bytes of <see cref="Status"/>, unless told to stay mute.
/// </summary>
public sealed class PrinterPlayer(PrinterStatus status, bool answers = true)
{
    private readonly List<byte> _received = [];
    private readonly TaskCompletionSource _queried = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PrinterStatus _status = status;

    /// <summary>What the printer answers to the next DLE EOT; a test may change it to bring the printer back.</summary>
    public PrinterStatus Status
    {
        get => Volatile.Read(ref _status);
        set => Volatile.Write(ref _status, value);
    }

    public byte[] Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Completes when the first DLE EOT has arrived.</summary>
    public Task Queried => _queried.Task;

    /// <summary>
    /// Runs until the stream ends: a TCP peer closes, or the pty is disposed (its master keeps waiting
    /// while no slave is open, as a modem port must, so closing the slave alone does not end it).
    /// </summary>
    public async Task RunAsync(Stream stream)
    {
        var buffer = new byte[4096];
        var pending = new List<byte>();
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer);
            }
            catch (IOException)
            {
                return; // the link broke
            }

            if (read == 0)
            {
                return;
            }

            pending.AddRange(buffer.AsSpan(0, read));
            var i = 0;
            while (i < pending.Count)
            {
                if (pending[i] == 0x10 && i + 1 < pending.Count && pending[i + 1] == 0x04)
                {
                    if (i + 2 >= pending.Count)
                    {
                        break; // the rest of the command comes with the next read
                    }

                    _queried.TrySetResult();
                    if (answers)
                    {
                        await stream.WriteAsync(new[] { RealtimeStatusReplies.For(Status, (RealtimeStatusQuery)pending[i + 2]) });
                        await stream.FlushAsync();
                    }

                    i += 3;
                    continue;
                }

                lock (_received)
                {
                    _received.Add(pending[i]);
                }

                i++;
            }

            pending.RemoveRange(0, i);
        }
    }
}
