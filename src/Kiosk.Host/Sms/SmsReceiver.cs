using System.Security.Cryptography;
using System.Text;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Host.Sms;

/// <summary>
/// Inbox processing: takes what the modem received (+CMTI, +CMT and the periodic AT+CMGL sweep),
/// stores it durably, deletes it from the modem's storage only once stored, and hands complete
/// messages to the Core <see cref="InboxProcessor"/>. Delivery reports (+CDS) go to the
/// <see cref="SmsSender"/>, which owns the outbox.
/// </summary>
public sealed partial class SmsReceiver
{
    private readonly ModemOptions _options;
    private readonly ModemStatus _status;
    private readonly ISmsInbox _inbox;
    private readonly InboxProcessor _processor;
    private readonly SmsSender _sender;
    private readonly TimeProvider _time;
    private readonly ILogger<SmsReceiver> _logger;
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public SmsReceiver(ModemOptions options, ModemStatus status, ISmsInbox inbox, InboxProcessor processor, SmsSender sender, TimeProvider time, ILogger<SmsReceiver> logger)
    {
        _options = options;
        _status = status;
        _inbox = inbox;
        _processor = processor;
        _sender = sender;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// A fresh connection sweeps at once: messages that arrived while the modem was away (or whose
    /// +CMTI was lost in a hang) are still in its storage.
    /// </summary>
    public void SweepSoon() => _nextSweep = DateTimeOffset.MinValue;

    /// <summary>
    /// Handles every URC already waiting, then sweeps the modem's storage when the sweep is due. After each
    /// message is stored, <paramref name="answer"/> runs (process it, send its reply): read one, answer it,
    /// read the next, so under a burst the first citizen does not wait for the twentieth's message to be read.
    /// </summary>
    public async Task ReceiveAsync(GsmModem modem, Func<Task> answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(modem);
        ArgumentNullException.ThrowIfNull(answer);
        while (modem.Channel.Unsolicited.TryRead(out var urc))
        {
            if (await HandleUnsolicitedAsync(modem, urc, ct))
            {
                await answer();
            }
        }

        var now = _time.GetUtcNow();
        if (now >= _nextSweep)
        {
            await SweepAsync(modem, answer, ct);
            _nextSweep = now + _options.SweepInterval;
        }
    }

    /// <summary>Hands complete stored messages to the dispatcher (their replies go to the outbox).</summary>
    public void ProcessStored() => _processor.ProcessPending();

    /// <summary>True when a message was taken in (something may be ready to answer).</summary>
    private async Task<bool> HandleUnsolicitedAsync(GsmModem modem, UnsolicitedResult urc, CancellationToken ct)
    {
        switch (urc.Kind)
        {
            case UnsolicitedKind.NewMessage when GsmModem.TryParseMessageIndication(urc, out _, out var index):
                if (await modem.ReadMessageAsync(index, ct) is { } stored && Keep(stored))
                {
                    await modem.DeleteMessageAsync(index, ct);
                    return true;
                }

                return false;
            case UnsolicitedKind.MessageDelivered when urc.Pdu is not null:
                return Keep(new StoredMessage("direct", -1, StoredMessageStatus.ReceivedUnread, urc.Pdu, TryDecode(urc.Pdu, out var error), error));
            case UnsolicitedKind.StatusReport when urc.Pdu is not null:
                Keep(new StoredMessage("direct", -1, StoredMessageStatus.ReceivedUnread, urc.Pdu, TryDecode(urc.Pdu, out var reportError), reportError));
                return false;
            default:
                return false;
        }
    }

    /// <summary>AT+CMGL: anything still in the modem's storage is stored here, then deleted there.</summary>
    private async Task SweepAsync(GsmModem modem, Func<Task> answer, CancellationToken ct)
    {
        foreach (var stored in await modem.ListMessagesAsync(ct))
        {
            if (Keep(stored))
            {
                await modem.DeleteMessageAsync(stored.Index, ct);
                await answer();
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
                _sender.MarkDelivered(report, now);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A received PDU could not be read ({Reason}); kept for inspection")]
    private static partial void LogMalformed(ILogger logger, string reason);
}
