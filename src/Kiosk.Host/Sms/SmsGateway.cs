using System.Security.Cryptography;
using System.Text;
using Kiosk.Core.Configuration;
using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Hardware.Modem.Simulation;
using Kiosk.Hardware.Modem.Transport;

namespace Kiosk.Host.Sms;

/// <summary>
/// The SMS side of the kiosk: keeps the modem connected (reopening a port that disappears, then
/// AT+CFUN=1,1, then the power key), stores every received message before deleting it from the
/// modem, hands complete messages to the dispatcher, and sends what waits in the SMS outbox with
/// backoff on +CMS errors.
/// </summary>
public sealed partial class SmsGateway : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    /// <summary>Outbox messages read per query while draining what is due.</summary>
    private const int SendBatch = 20;

    private readonly ModemOptions _options;
    private readonly ModemStatus _status;
    private readonly ISmsInbox _inbox;
    private readonly ISmsOutbox _outbox;
    private readonly InboxProcessor _processor;
    private readonly ReplyBudget _budget;
    private readonly OfficeProfile _office;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<SmsGateway> _logger;
    private readonly Func<CancellationToken, Task> _powerCycle;
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;
    private DateTimeOffset _nextSignal = DateTimeOffset.MinValue;

    public SmsGateway(ModemOptions options, ModemStatus status, ISmsInbox inbox, ISmsOutbox outbox, InboxProcessor processor, ReplyBudget budget, OfficeProfile office, TimeProvider time, ILoggerFactory loggers, Func<CancellationToken, Task> powerCycle)
    {
        _options = options;
        _status = status;
        _inbox = inbox;
        _outbox = outbox;
        _processor = processor;
        _budget = budget;
        _office = office;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<SmsGateway>();
        _powerCycle = powerCycle;
    }

    /// <summary>The emulator behind the embedded default (null with a real modem): tests and demos "send" SMS through it.</summary>
    public ModemEmulator? Emulator { get; private set; }

    /// <summary>The connected modem, for technicians' commands (info, send, USSD); null while reconnecting.</summary>
    public GsmModem? Modem { get; private set; }

    /// <summary>Completes once the first connection is up (tests wait for it).</summary>
    public Task Ready => _ready.Task;

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var simulated = _options.IsSimulated ? SimulatedModemDevice.Start(new ModemEmulatorOptions { Family = _options.Family }, _time) : null;
        Emulator = simulated?.Emulator;
        var portName = simulated?.PortName ?? _options.Device!;
        using var transport = new SerialPortTransport(new SerialPortTransportOptions { PortName = portName, BaudRate = _options.BaudRate }, _time, _loggers.CreateLogger<SerialPortTransport>());
        await using var connection = new ModemConnection(transport, new GsmModemOptions { Family = _options.Family, Pin = _options.Pin }, new AtChannelOptions(), _time, _loggers);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var modem = await connection.ConnectAsync(stoppingToken);
                Modem = modem;
                _status.Up(_time.GetUtcNow());
                _ready.TrySetResult();
                failures = 0;
                LogConnected(_logger, portName);
                await RunConnectedAsync(modem, stoppingToken);
            }
            catch (Exception e) when (e is ModemException or IOException or UnauthorizedAccessException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                Modem = null;
                failures++;
                _status.Down(e.Message, _time.GetUtcNow());
                LogModemFault(_logger, failures, e);
                await RecoverAsync(connection, failures, stoppingToken);
            }
        }
    }

    /// <summary>The escalation for a modem that stopped answering: reopen, then reset, then the power key.</summary>
    private async Task RecoverAsync(ModemConnection connection, int failures, CancellationToken ct)
    {
        if (failures == 3 && connection.Modem is { } stuck)
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

        if (failures >= 5 && failures % 5 == 0)
        {
            LogPowerCycle(_logger);
            await _powerCycle(ct);
        }

        var delay = TimeSpan.FromSeconds(Math.Min(60, 2 << Math.Min(failures, 5)));
        await Task.Delay(delay, _time, ct);
    }

    private async Task RunConnectedAsync(GsmModem modem, CancellationToken ct)
    {
        // A fresh connection sweeps at once: messages that arrived while the modem was away (or
        // whose +CMTI was lost in a hang) are still in its storage.
        _nextSweep = DateTimeOffset.MinValue;
        _nextSignal = DateTimeOffset.MinValue;
        while (!ct.IsCancellationRequested)
        {
            if (modem.Channel.Completion.IsCompleted)
            {
                throw new IOException("The modem's port closed.");
            }

            while (modem.Channel.Unsolicited.TryRead(out var urc))
            {
                await HandleUnsolicitedAsync(modem, urc, ct);
            }

            var now = _time.GetUtcNow();
            if (now >= _nextSweep)
            {
                await SweepAsync(modem, ct);
                _nextSweep = now + _options.SweepInterval;
            }

            if (now >= _nextSignal)
            {
                var signal = await modem.ReadSignalQualityAsync(ct);
                var registration = await modem.ReadRegistrationAsync(ct);
                var @operator = await modem.ReadOperatorAsync(ct);
                _status.Network(signal, registration, @operator);
                _nextSignal = now + _options.SignalInterval;
            }

            _processor.ProcessPending();
            await SendDueAsync(modem, ct);
            await WaitForWorkAsync(modem, ct);
        }
    }

    /// <summary>
    /// Waits for a URC (a message arriving, a delivery report) or, at the latest, one tick (for what
    /// other parts of the kiosk queued in the outbox, and for backoffs that ran out). A URC that is
    /// already waiting returns at once, so a burst of messages is handled without sleeping.
    /// </summary>
    private async Task WaitForWorkAsync(GsmModem modem, CancellationToken ct)
    {
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

    private async Task HandleUnsolicitedAsync(GsmModem modem, UnsolicitedResult urc, CancellationToken ct)
    {
        switch (urc.Kind)
        {
            case UnsolicitedKind.NewMessage when GsmModem.TryParseMessageIndication(urc, out _, out var index):
                if (await modem.ReadMessageAsync(index, ct) is { } stored && Keep(stored))
                {
                    await modem.DeleteMessageAsync(index, ct);
                }

                break;
            case UnsolicitedKind.MessageDelivered when urc.Pdu is not null:
                Keep(new StoredMessage("direct", -1, StoredMessageStatus.ReceivedUnread, urc.Pdu, TryDecode(urc.Pdu, out var error), error));
                break;
            case UnsolicitedKind.StatusReport when urc.Pdu is not null:
                Keep(new StoredMessage("direct", -1, StoredMessageStatus.ReceivedUnread, urc.Pdu, TryDecode(urc.Pdu, out var reportError), reportError));
                break;
        }
    }

    /// <summary>AT+CMGL: anything still in the modem's storage is stored here, then deleted there.</summary>
    private async Task SweepAsync(GsmModem modem, CancellationToken ct)
    {
        foreach (var stored in await modem.ListMessagesAsync(ct))
        {
            if (Keep(stored))
            {
                await modem.DeleteMessageAsync(stored.Index, ct);
            }
        }
    }

    /// <summary>Stores a message durably; true when it is safe to delete from the modem.</summary>
    private bool Keep(StoredMessage stored)
    {
        var now = _time.GetUtcNow();
        var id = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(stored.Pdu.ToUpperInvariant())))[..32];
        switch (stored.Message)
        {
            case SmsDeliver deliver:
                var concatenation = deliver.Concatenation;
                if (_inbox.Store(new InboundPart
                {
                    Id = id,
                    Sender = deliver.Originator.ToString(),
                    Text = deliver.Text,
                    SentAt = deliver.Timestamp,
                    ReceivedAt = now,
                    RawPdu = stored.Pdu,
                    Reference = concatenation?.Reference ?? 0,
                    Total = concatenation?.Total ?? 1,
                    Sequence = concatenation?.Sequence ?? 1,
                }))
                {
                    _status.CountReceived();
                }

                return true;
            case SmsStatusReport report:
                MarkDelivered(report, now);
                return true;
            default:
                // A PDU we cannot read (or an SMS-SUBMIT in the inbox): kept for inspection, then removed
                // from the modem so it cannot fill its storage.
                _inbox.Store(new InboundPart
                {
                    Id = id,
                    Sender = "?",
                    Text = "",
                    SentAt = now,
                    ReceivedAt = now,
                    RawPdu = stored.Pdu,
                    State = InboundState.Malformed,
                    Error = stored.Error?.Message ?? $"unexpected {stored.Message?.GetType().Name ?? "PDU"}",
                });
                LogMalformed(_logger, stored.Error?.Message ?? "not an SMS-DELIVER");
                return true;
        }
    }

    private void MarkDelivered(SmsStatusReport report, DateTimeOffset now)
    {
        foreach (var message in _outbox.SentSince(now.AddDays(-2)).Where(m => m.MessageReference == report.MessageReference && m.DeliveredAt is null))
        {
            if (report.IsDelivered)
            {
                _outbox.Update(message with { DeliveredAt = report.DischargeTime });
            }
        }
    }

    /// <summary>Sends everything due, in batches, until nothing due is left (what failed waits for its backoff).</summary>
    private async Task SendDueAsync(GsmModem modem, CancellationToken ct)
    {
        IReadOnlyList<OutgoingSms> batch;
        do
        {
            batch = _outbox.Due(_time.GetUtcNow(), SendBatch);
            await SendAsync(modem, batch, ct);
        }
        while (batch.Count == SendBatch && !ct.IsCancellationRequested);
    }

    private async Task SendAsync(GsmModem modem, IReadOnlyList<OutgoingSms> batch, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        foreach (var message in batch)
        {
            if (_budget.RemainingToday() <= 0)
            {
                // The daily budget is spent: everything waits for local midnight.
                var tomorrow = _office.LocalDay(now).AddDays(1).ToDateTime(TimeOnly.MinValue);
                var midnight = new DateTimeOffset(tomorrow, _office.TimeZone.GetUtcOffset(tomorrow));
                _outbox.Update(message with { NextAttemptAt = midnight, LastError = "daily budget spent" });
                continue;
            }

            try
            {
                var references = await modem.SendSmsAsync(message.To, message.Text, new SubmitOptions { RequestStatusReport = true }, ct);
                _outbox.Update(message with { State = OutgoingSmsState.Sent, SentAt = _time.GetUtcNow(), Attempts = message.Attempts + 1, MessageReference = references.Count > 0 ? references[^1] : null, LastError = null });
                _budget.RecordSent(message.To);
                _status.CountSent();
            }
            catch (CmsErrorException e)
            {
                var attempts = message.Attempts + 1;
                var failed = attempts >= _options.MaxSendAttempts;
                _outbox.Update(message with
                {
                    Attempts = attempts,
                    LastError = $"+CMS ERROR: {(int)e.Code} {e.Code}",
                    State = failed ? OutgoingSmsState.Failed : OutgoingSmsState.Pending,
                    NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(3600, 10 << Math.Min(attempts, 8))),
                });
                LogSendFailed(_logger, message.Id, e.Code, attempts);
            }
        }
    }

    private static SmsPdu? TryDecode(string pdu, out PduFormatException? error)
    {
        try
        {
            error = null;
            return PduCodec.Decode(pdu);
        }
        catch (PduFormatException e)
        {
            error = e;
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Modem connected on {Port}")]
    private static partial void LogConnected(ILogger logger, string port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modem fault #{Failures}; recovering")]
    private static partial void LogModemFault(ILogger logger, int failures, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modem still not answering: cycling its power key")]
    private static partial void LogPowerCycle(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A received PDU could not be read ({Reason}); kept for inspection")]
    private static partial void LogMalformed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {MessageId} failed with {Code} (attempt {Attempt})")]
    private static partial void LogSendFailed(ILogger logger, string messageId, CmsError code, int attempt);
}
