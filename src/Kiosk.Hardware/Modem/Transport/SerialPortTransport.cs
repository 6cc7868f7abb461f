using System.IO.Ports;
using Kiosk.Core.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Kiosk.Hardware.Modem.Transport;

/// <summary>
/// Opens the modem's serial port and hands out its <see cref="SerialPort.BaseStream"/>. When the
/// device disappears (a USB stick re-enumerating after AT+CFUN=1,1 or a loose cable), call
/// <see cref="OpenAsync"/> again: it closes the old port and waits, with backoff, until the device is back.
/// The transport owns the port; streams it returned die with it.
/// </summary>
public sealed partial class SerialPortTransport : IDisposable
{
    private readonly SerialPortTransportOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _reopen;
    private SerialPort? _port;

    public SerialPortTransport(SerialPortTransportOptions options, TimeProvider timeProvider, ILogger<SerialPortTransport>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _logger = logger ?? NullLogger<SerialPortTransport>.Instance;
        _reopen = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new KioskBackoff(options.ReopenDelay, options.MaxReopenDelay, Jitter: false).RetryOptions(retry =>
            {
                retry.ShouldHandle = new PredicateBuilder().Handle<IOException>().Handle<UnauthorizedAccessException>();
                retry.MaxRetryAttempts = int.MaxValue;
                retry.OnRetry = args =>
                {
                    LogWaiting(_options.PortName, args.Outcome.Exception?.Message ?? "", args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                };
            }))
            .Build();
    }

    public bool IsOpen => _port?.IsOpen == true;

    /// <summary>Closes any open port, then opens the device, waiting until it exists. Cancel to give up.</summary>
    public async Task<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        Close();
        var port = await _reopen.ExecuteAsync(_ => ValueTask.FromResult(OpenPort()), cancellationToken);
        _port = port;
        LogOpened(_options.PortName);
        return port.BaseStream;
    }

    public void Close()
    {
        var port = Interlocked.Exchange(ref _port, null);
        if (port is null)
        {
            return;
        }

        try
        {
            port.Close();
        }
        catch (IOException e)
        {
            LogCloseFailed(_options.PortName, e.Message); // the device is already gone; the handle is released anyway
        }

        port.Dispose();
    }

    public void Dispose() => Close();

    private SerialPort OpenPort()
    {
        if (!File.Exists(_options.PortName))
        {
            throw new IOException($"{_options.PortName} does not exist.");
        }

        var port = new SerialPort(_options.PortName, _options.BaudRate, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            NewLine = "\r",
        };
        try
        {
            port.Open();
        }
        catch
        {
            port.Dispose();
            throw;
        }

        try
        {
            // Some modems (SIM800 with DTR sleep) want DTR asserted; a pseudo-terminal has no modem
            // control lines and answers "Inappropriate ioctl for device", which must not fail the open.
            port.DtrEnable = true;
            port.RtsEnable = true;
        }
        catch (IOException e)
        {
            LogNoModemControl(_options.PortName, e.Message);
        }

        return port;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Modem port {Port} has no modem control lines ({Reason}); DTR/RTS left as they are")]
    private partial void LogNoModemControl(string port, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Modem port {Port} opened")]
    private partial void LogOpened(string port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modem port {Port} not available ({Reason}); trying again in {DelayMs} ms")]
    private partial void LogWaiting(string port, string reason, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing modem port {Port} failed: {Reason}")]
    private partial void LogCloseFailed(string port, string reason);
}
