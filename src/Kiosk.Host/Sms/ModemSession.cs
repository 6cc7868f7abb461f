using Kiosk.Core.Resilience;
using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Simulation;
using Kiosk.Hardware.Modem.Transport;

namespace Kiosk.Host.Sms;

/// <summary>
/// The link to the modem: opens the port (or the embedded simulator), connects, and when the modem
/// stops answering climbs the recovery ladder (reopen the port, then AT+CFUN=1,1, then the power
/// key). While connected it reads signal, registration and operator into <see cref="ModemStatus"/>.
/// Only <see cref="IsModemFault"/> exceptions are recovered from: an input error or a bug in our code
/// never resets the modem.
/// </summary>
public sealed partial class ModemSession
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private readonly ModemOptions _options;
    private readonly ModemStatus _status;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<ModemSession> _logger;
    private readonly Func<CancellationToken, Task> _powerCycle;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Link? _link;
    private int _failures;
    private DateTimeOffset _nextSignal = DateTimeOffset.MinValue;

    public ModemSession(ModemOptions options, ModemStatus status, TimeProvider time, ILoggerFactory loggers, Func<CancellationToken, Task> powerCycle)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _options = options;
        _status = status;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<ModemSession>();
        _powerCycle = powerCycle;
    }

    /// <summary>The emulator behind the embedded default (null with a real modem): tests and demos "send" SMS through it.</summary>
    public ModemEmulator? Emulator { get; private set; }

    /// <summary>The connected modem, for technicians' commands (info, send, USSD); null while reconnecting.</summary>
    public GsmModem? Modem { get; private set; }

    /// <summary>Completes once the first connection is up (tests wait for it).</summary>
    public Task Ready => _ready.Task;

    /// <summary>
    /// The device and link failures a recovery can help with. Anything else (an input error such as
    /// <see cref="Hardware.Modem.Pdu.PduFormatException"/>, an <see cref="InvalidOperationException"/>
    /// from a bug) is not the modem's fault and must not reset it.
    /// </summary>
    public static bool IsModemFault(Exception exception) =>
        exception is ModemException or UnauthorizedAccessException or TimeoutException
        || (exception is IOException && !Core.Storage.StorageFullException.IsCause(exception));

    /// <summary>Opens the port (starting the simulator when configured); disposing the result closes it.</summary>
    public IAsyncDisposable Open()
    {
        if (_link is not null)
        {
            throw new InvalidOperationException("The modem session is already open.");
        }

        var simulated = _options.IsSimulated ? SimulatedModemDevice.Start(new ModemEmulatorOptions { Family = _options.Family }, _time) : null;
        var portName = simulated?.PortName ?? _options.Device!;
        var transport = new SerialPortTransport(new SerialPortTransportOptions { PortName = portName, BaudRate = _options.BaudRate }, _time, _loggers.CreateLogger<SerialPortTransport>());
        var connection = new ModemConnection(transport, new GsmModemOptions { Family = _options.Family, Pin = _options.Pin }, new AtChannelOptions(), _time, _loggers);
        Emulator = simulated?.Emulator;
        _link = new Link(this, portName, simulated, transport, connection);
        return _link;
    }

    /// <summary>Connects (or reconnects) and marks the modem up.</summary>
    public async Task<GsmModem> ConnectAsync(CancellationToken ct)
    {
        var link = _link ?? throw new InvalidOperationException("Open the modem session before connecting.");
        var modem = await link.Connection.ConnectAsync(ct);
        Modem = modem;
        _status.Up(_time.GetUtcNow());
        _ready.TrySetResult();
        _failures = 0;
        _nextSignal = DateTimeOffset.MinValue;
        LogConnected(_logger, link.PortName);
        return modem;
    }

    /// <summary>The escalation for a modem that stopped answering: reopen, then reset, then the power key.</summary>
    public async Task RecoverAsync(Exception fault, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (!IsModemFault(fault))
        {
            throw new ArgumentException("Only a modem fault is recovered from; " + fault.GetType().Name + " is not one.", nameof(fault));
        }

        Modem = null;
        _failures++;
        _status.Down(fault.Message, _time.GetUtcNow());
        LogModemFault(_logger, _failures, fault);
        if (_failures == 3 && _link?.Connection.Modem is { } stuck)
        {
            try
            {
                await stuck.ResetAsync(ct);
            }
            catch (ModemException)
            {
                // Too far gone for AT: the power key is next.
            }
        }

        if (_failures >= 5 && _failures % 5 == 0)
        {
            LogPowerCycle(_logger);
            await _powerCycle(ct);
        }

        var delay = KioskBackoff.ModemReconnect.Delay(_failures + 1);
        await Task.Delay(delay, _time, ct);
    }

    /// <summary>A port that closed under a connected modem is a link failure.</summary>
    public static void ThrowIfClosed(GsmModem modem)
    {
        ArgumentNullException.ThrowIfNull(modem);
        if (modem.Channel.Completion.IsCompleted)
        {
            throw new IOException("The modem's port closed.");
        }
    }

    /// <summary>Reads signal, registration and operator into <see cref="ModemStatus"/> when they are due.</summary>
    public async Task MonitorNetworkAsync(GsmModem modem, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(modem);
        var now = _time.GetUtcNow();
        if (now < _nextSignal)
        {
            return;
        }

        var signal = await modem.ReadSignalQualityAsync(ct);
        var registration = await modem.ReadRegistrationAsync(ct);
        var @operator = await modem.ReadOperatorAsync(ct);
        _status.Network(signal, registration, @operator);
        _nextSignal = now + _options.SignalInterval;
    }

    /// <summary>
    /// Waits for a URC (a message arriving, a delivery report) or, at the latest, one tick (for what
    /// other parts of the kiosk queued in the outbox, and for backoffs that ran out). A URC that is
    /// already waiting returns at once, so a burst of messages is handled without sleeping.
    /// </summary>
    public async Task WaitForWorkAsync(GsmModem modem, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(modem);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var urc = modem.Channel.Unsolicited.WaitToReadAsync(wait.Token).AsTask();
        var tick = Task.Delay(Tick, _time, wait.Token);
        var first = await Task.WhenAny(urc, tick);
        await wait.CancelAsync();
        await Task.WhenAll(urc, tick).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        ct.ThrowIfCancellationRequested();
        if (first == urc && urc.IsFaulted)
        {
            await urc; // the link is lost: ModemException, and the caller recovers
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Modem connected on {Port}")]
    private static partial void LogConnected(ILogger logger, string port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modem fault #{Failures}; recovering")]
    private static partial void LogModemFault(ILogger logger, int failures, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modem still not answering: cycling its power key")]
    private static partial void LogPowerCycle(ILogger logger);

    /// <summary>The open port, its connection and the simulator behind them, closed in reverse order.</summary>
    private sealed class Link(ModemSession session, string portName, SimulatedModemDevice? simulated, SerialPortTransport transport, ModemConnection connection) : IAsyncDisposable
    {
        public string PortName { get; } = portName;

        public ModemConnection Connection { get; } = connection;

        public async ValueTask DisposeAsync()
        {
            session.Modem = null;
            session._link = null;
            await Connection.DisposeAsync();
            transport.Dispose();
            if (simulated is not null)
            {
                await simulated.DisposeAsync();
            }
        }
    }
}
