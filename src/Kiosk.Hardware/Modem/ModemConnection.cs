using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Modem;

/// <summary>
/// Transport → AT channel → modem commands, rebuilt on demand: <see cref="ConnectAsync"/> (re)opens
/// the port (waiting for a USB modem to come back), starts a fresh channel and runs the start-up
/// sequence. Call it at start and again whenever <see cref="AtChannel.Completion"/> of the current
/// channel faults or the modem stops answering. Owns the channel, not the transport.
/// </summary>
public sealed class ModemConnection : IAsyncDisposable
{
    private readonly SerialPortTransport _transport;
    private readonly GsmModemOptions _modemOptions;
    private readonly AtChannelOptions _channelOptions;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private AtChannel? _channel;

    public ModemConnection(
        SerialPortTransport transport,
        GsmModemOptions modemOptions,
        AtChannelOptions channelOptions,
        TimeProvider timeProvider,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(modemOptions);
        ArgumentNullException.ThrowIfNull(channelOptions);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _transport = transport;
        _modemOptions = modemOptions;
        _channelOptions = channelOptions;
        _timeProvider = timeProvider;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
    }

    /// <summary>The modem of the last successful <see cref="ConnectAsync"/>, or null.</summary>
    public GsmModem? Modem { get; private set; }

    /// <summary>Closes any previous channel and port, opens them again and initialises the modem.</summary>
    public async Task<GsmModem> ConnectAsync(CancellationToken cancellationToken = default)
    {
        Modem = null;
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
            _channel = null;
        }

        var stream = await _transport.OpenAsync(cancellationToken);
        _channel = new AtChannel(stream, leaveOpen: true, _timeProvider, _channelOptions, _loggerFactory.CreateLogger<AtChannel>());
        _channel.Start();
        var modem = new GsmModem(_channel, _modemOptions, _timeProvider, _loggerFactory.CreateLogger<GsmModem>());
        await modem.InitializeAsync(cancellationToken);
        Modem = modem;
        return modem;
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        _transport.Close();
    }
}
