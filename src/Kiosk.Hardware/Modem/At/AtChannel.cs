using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Modem.At;

/// <summary>
/// The AT protocol over a byte stream: line framing on CR/LF (tolerating echo and blank lines),
/// final results, the <c>&gt; </c> prompt of AT+CMGS, and unsolicited result codes pushed to
/// <see cref="Unsolicited"/> instead of into a command's response. One command at a time, each
/// with its own timeout on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class AtChannel : IAsyncDisposable
{
    private const char CtrlZ = '\u001A';
    private const char Esc = '\u001B';

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly TimeProvider _timeProvider;
    private readonly AtChannelOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Channel<UnsolicitedResult> _unsolicited;
    private readonly CancellationTokenSource _stop = new();
    private readonly object _lock = new();
    private readonly List<Waiter> _waiters = [];
    private readonly StringBuilder _line = new();
    private PendingCommand? _pending;
    private string? _urcAwaitingPdu;
    private Task? _readLoop;
    private int _disposed;

    /// <param name="stream">The link to the modem (a serial port's BaseStream, a pty, a pipe).</param>
    /// <param name="leaveOpen">False: the channel disposes <paramref name="stream"/> when it is disposed.</param>
    /// <param name="timeProvider">Clock for command timeouts.</param>
    /// <param name="options">Timeouts; defaults 5 s and 60 s for AT+CMGS.</param>
    /// <param name="logger">Logs commands and results (never PDUs or message text).</param>
    public AtChannel(Stream stream, bool leaveOpen, TimeProvider timeProvider, AtChannelOptions? options = null, ILogger<AtChannel>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _timeProvider = timeProvider;
        _options = options ?? new AtChannelOptions();
        _logger = logger ?? NullLogger<AtChannel>.Instance;
        _unsolicited = Channel.CreateBounded<UnsolicitedResult>(new BoundedChannelOptions(_options.UnsolicitedCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleWriter = true,
        });
    }

    /// <summary>Unsolicited result codes that no <see cref="WaitForUnsolicitedAsync"/> claimed. Completes with a <see cref="ModemException"/> when the link is lost.</summary>
    public ChannelReader<UnsolicitedResult> Unsolicited => _unsolicited.Reader;

    /// <summary>The read loop: faults with <see cref="ModemException"/> when the stream ends or fails, so the owner can reopen.</summary>
    public Task Completion => _readLoop ?? Task.CompletedTask;

    public AtChannelOptions Options => _options;

    /// <summary>Starts reading the stream. Idempotent; commands call it themselves.</summary>
    public void Start()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        lock (_lock)
        {
            _readLoop ??= Task.Run(ReadLoopAsync);
        }
    }

    /// <summary>Sends <paramref name="command"/> and returns its intermediate lines once OK arrives.</summary>
    /// <exception cref="AtCommandException">ERROR, a CME/CMS error (subclasses), or no answer within the timeout.</exception>
    public Task<AtResponse> ExecuteAsync(string command, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        return RunAsync(command, null, timeout ?? _options.CommandTimeout, cancellationToken);
    }

    /// <summary>
    /// A command that prompts with <c>&gt; </c> (AT+CMGS=n): waits for the prompt, sends
    /// <paramref name="payload"/> and Ctrl-Z, and returns the lines before OK (<c>+CMGS: mr</c>).
    /// </summary>
    public Task<AtResponse> ExecuteWithPromptAsync(string command, string payload, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(payload);
        return RunAsync(command, payload, timeout ?? _options.SendTimeout, cancellationToken);
    }

    /// <summary>
    /// Waits for the next unsolicited result that <paramref name="match"/> accepts; that result is
    /// handed here instead of to <see cref="Unsolicited"/>. Register before sending the command that
    /// triggers it (e.g. AT+CUSD) by starting this task first.
    /// </summary>
    public async Task<UnsolicitedResult> WaitForUnsolicitedAsync(Func<UnsolicitedResult, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        var waiter = new Waiter(match);
        lock (_lock)
        {
            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Result.Task.WaitAsync(timeout, _timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw AtCommandException.Timeout("(waiting for an unsolicited result)", timeout);
        }
        finally
        {
            lock (_lock)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        if (_leaveOpen)
        {
            // Not every stream honours cancellation of a pending read (SerialPort's does not): the
            // loop ends when the owner closes the stream, and reports nothing because we stopped it.
            return;
        }

        await _stream.DisposeAsync();
        if (_readLoop is not null)
        {
            await _readLoop.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task<AtResponse> RunAsync(string command, string? payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Start();
        await _gate.WaitAsync(cancellationToken);
        var pending = new PendingCommand(command, payload);
        try
        {
            lock (_lock)
            {
                if (_readLoop!.IsCompleted)
                {
                    throw ModemException.ConnectionLost("the read loop has ended", _readLoop.Exception?.InnerException);
                }

                _pending = pending;
            }

            using var timeoutSource = new CancellationTokenSource(timeout, _timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
            try
            {
                LogCommand(command);
                await WriteAsync(command + "\r", linked.Token);
                if (payload is not null)
                {
                    await pending.Prompt.Task.WaitAsync(linked.Token);
                    await WriteAsync(payload + CtrlZ, linked.Token);
                }

                return await pending.Completion.Task.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                if (payload is not null && !pending.Prompt.Task.IsCompleted)
                {
                    await WriteAsync(Esc.ToString(), CancellationToken.None); // leave the modem's text-entry state
                }

                LogTimeout(command, timeout.TotalMilliseconds);
                throw AtCommandException.Timeout(command, timeout);
            }
        }
        finally
        {
            lock (_lock)
            {
                _pending = null;
            }

            _gate.Release();
        }
    }

    private async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        try
        {
            await _stream.WriteAsync(bytes, cancellationToken);
            await _stream.FlushAsync(cancellationToken);
        }
        catch (IOException e)
        {
            throw ModemException.ConnectionLost("writing failed", e);
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[512];
        Exception? failure = null;
        try
        {
            while (true)
            {
                var count = await _stream.ReadAsync(buffer, _stop.Token);
                if (count == 0)
                {
                    failure = ModemException.ConnectionLost("the stream ended");
                    break;
                }

                for (var i = 0; i < count; i++)
                {
                    Accept((char)buffer[i]);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            failure = null; // disposed
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            failure = _stop.IsCancellationRequested ? null : ModemException.ConnectionLost(e.Message, e);
        }

        lock (_lock)
        {
            var error = failure ?? new ObjectDisposedException(nameof(AtChannel));
            _pending?.Completion.TrySetException(error);
            if (_pending?.Payload is not null)
            {
                _pending.Prompt.TrySetException(error);
            }

            foreach (var waiter in _waiters)
            {
                waiter.Result.TrySetException(error);
            }
        }

        _unsolicited.Writer.TryComplete(failure);
        if (failure is not null)
        {
            LogConnectionLost(failure.Message);
            throw failure;
        }
    }

    private void Accept(char c)
    {
        if (c is '\r' or '\n')
        {
            if (_line.Length > 0)
            {
                var line = _line.ToString();
                _line.Clear();
                OnLine(line);
            }

            return;
        }

        _line.Append(c);
        if (c == '>' && _line.Length == 1)
        {
            lock (_lock)
            {
                if (_pending is { Payload: not null } pending && !pending.Prompt.Task.IsCompleted)
                {
                    _line.Clear(); // the prompt has no line end; the space after it is dropped as a blank line
                    pending.Prompt.TrySetResult();
                }
            }
        }
    }

    private void OnLine(string raw)
    {
        var line = raw.Trim().TrimEnd(CtrlZ);
        if (line.Length == 0)
        {
            return;
        }

        UnsolicitedResult? urc = null;
        lock (_lock)
        {
            var pending = _pending;
            if (_urcAwaitingPdu is { } header)
            {
                _urcAwaitingPdu = null;
                UnsolicitedCodes.TryClassify(header, null, out var headerKind);
                urc = new UnsolicitedResult(headerKind, header, line);
            }
            else if (pending is not null && IsEcho(line, pending))
            {
                return;
            }
            else if (UnsolicitedCodes.TryClassify(line, pending?.Command, out var kind))
            {
                if (UnsolicitedCodes.HasPduLine(kind))
                {
                    _urcAwaitingPdu = line;
                    return;
                }

                urc = new UnsolicitedResult(kind, line);
            }
            else if (pending is null)
            {
                urc = new UnsolicitedResult(UnsolicitedKind.Other, line);
            }
            else if (FinalResult.IsFinal(line))
            {
                var error = FinalResult.ToException(pending.Command, line);
                if (error is null)
                {
                    pending.Completion.TrySetResult(new AtResponse(pending.Command, [.. pending.Lines]));
                }
                else
                {
                    if (pending.Payload is not null)
                    {
                        pending.Prompt.TrySetException(error);
                    }

                    pending.Completion.TrySetException(error);
                }

                return;
            }
            else
            {
                pending.Lines.Add(line);
                return;
            }

            foreach (var waiter in _waiters)
            {
                if (!waiter.Result.Task.IsCompleted && waiter.Match(urc))
                {
                    waiter.Result.TrySetResult(urc);
                    return;
                }
            }
        }

        LogUnsolicited(urc.Kind);
        _unsolicited.Writer.TryWrite(urc);
    }

    private static bool IsEcho(string line, PendingCommand pending) =>
        string.Equals(line, pending.Command, StringComparison.OrdinalIgnoreCase)
        || (pending.Payload is not null && string.Equals(line, pending.Payload, StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Debug, Message = "AT command {Command}")]
    private partial void LogCommandCore(string command);

    private void LogCommand(string command) => LogCommandCore(MaskCommand(command));

    [LoggerMessage(Level = LogLevel.Warning, Message = "AT command {Command} timed out after {TimeoutMs} ms")]
    private partial void LogTimeoutCore(string command, double timeoutMs);

    private void LogTimeout(string command, double timeoutMs) => LogTimeoutCore(MaskCommand(command), timeoutMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsolicited result {Kind}")]
    private partial void LogUnsolicited(UnsolicitedKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modem connection lost: {Reason}")]
    private partial void LogConnectionLost(string reason);

    /// <summary>The PIN and USSD strings stay out of logs.</summary>
    private static string MaskCommand(string command) =>
        command.StartsWith("AT+CPIN=", StringComparison.OrdinalIgnoreCase) ? "AT+CPIN=****"
        : command.StartsWith("AT+CUSD=", StringComparison.OrdinalIgnoreCase) ? "AT+CUSD=..."
        : command;

    private sealed class PendingCommand(string command, string? payload)
    {
        public string Command { get; } = command;

        public string? Payload { get; } = payload;

        public List<string> Lines { get; } = [];

        public TaskCompletionSource Prompt { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<AtResponse> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Waiter(Func<UnsolicitedResult, bool> match)
    {
        public Func<UnsolicitedResult, bool> Match { get; } = match;

        public TaskCompletionSource<UnsolicitedResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
