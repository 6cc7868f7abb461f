using Kiosk.Hardware.Printer.EscPos;

namespace Kiosk.Hardware.Printer;

/// <summary>
/// The printer device: sends jobs and reads status over a link it is given. It never opens hardware;
/// a transport does. A stream that cannot be read is a one-way link and its status is
/// <see cref="PrinterStatus.Unknown"/>. One command at a time.
/// </summary>
public sealed class EscPosPrinter : IAsyncDisposable
{
    public static readonly TimeSpan DefaultStatusTimeout = TimeSpan.FromSeconds(1);

    private static readonly RealtimeStatusQuery[] StatusQueries =
        [RealtimeStatusQuery.Printer, RealtimeStatusQuery.OfflineCause, RealtimeStatusQuery.ErrorCause, RealtimeStatusQuery.RollPaperSensor];

    private readonly Stream _link;
    private readonly bool _leaveOpen;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <param name="link">The byte stream to the printer.</param>
    /// <param name="leaveOpen">False: disposing the printer disposes <paramref name="link"/>.</param>
    /// <param name="timeProvider">Clock for the status timeout.</param>
    public EscPosPrinter(Stream link, bool leaveOpen, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _link = link;
        _leaveOpen = leaveOpen;
        _timeProvider = timeProvider;
    }

    /// <summary>How long each DLE EOT reply may take.</summary>
    public TimeSpan StatusTimeout { get; init; } = DefaultStatusTimeout;

    public bool IsTwoWay => _link.CanRead;

    /// <summary>Sends one job (the bytes of a layout) and flushes it to the printer.</summary>
    public async Task PrintAsync(byte[] job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await _link.WriteAsync(job, cancellationToken);
            await _link.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or NotSupportedException)
        {
            throw PrinterException.LinkFailed("sending a print job", ex);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Asks DLE EOT 1 to 4 and reads the four replies. One-way links give <see cref="PrinterStatus.Unknown"/>;
    /// a printer that does not answer in <see cref="StatusTimeout"/> raises <see cref="PrinterError.StatusTimeout"/>.
    /// </summary>
    public async Task<PrinterStatus> ReadStatusAsync(CancellationToken cancellationToken)
    {
        if (!IsTwoWay)
        {
            return PrinterStatus.Unknown;
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var replies = new byte[StatusQueries.Length];
            for (var i = 0; i < StatusQueries.Length; i++)
            {
                replies[i] = await QueryAsync(StatusQueries[i], cancellationToken);
            }

            return RealtimeStatusParser.Parse(replies[0], replies[1], replies[2], replies[3]);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_leaveOpen)
        {
            await _link.DisposeAsync();
        }

        _oneAtATime.Dispose();
    }

    private async Task<byte> QueryAsync(RealtimeStatusQuery query, CancellationToken cancellationToken)
    {
        var reply = new byte[1];
        using var timeout = new CancellationTokenSource(StatusTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _link.WriteAsync(EscPosCommands.RealtimeStatus(query), linked.Token);
            await _link.FlushAsync(linked.Token);

            // Not every stream honours cancellation once a read is pending (a serial port), so the
            // wait is bounded on its own as well.
            var read = await _link.ReadAsync(reply, linked.Token).AsTask().WaitAsync(StatusTimeout, _timeProvider, cancellationToken);
            if (read == 0)
            {
                throw PrinterException.LinkFailed($"reading DLE EOT {(byte)query}", new EndOfStreamException("The printer closed the link."));
            }

            return reply[0];
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw PrinterException.StatusTimeout(query, StatusTimeout);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            throw PrinterException.LinkFailed($"reading DLE EOT {(byte)query}", ex);
        }
    }
}
