using Kiosk.Core.Configuration;
using Kiosk.Core.Resilience;
using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Host.Sms;

/// <summary>
/// Outbox sending: sends what is due with AT+CMGS within the daily budget, retries a +CMS ERROR
/// with backoff, fails for good a message whose number or text cannot be encoded (an input error,
/// not a modem fault), and records delivery reports against what was sent.
/// </summary>
public sealed partial class SmsSender
{
    /// <summary>Outbox messages read per query while draining what is due.</summary>
    private const int SendBatch = 20;

    private readonly ModemOptions _options;
    private readonly ModemStatus _status;
    private readonly ISmsOutbox _outbox;
    private readonly ReplyBudget _budget;
    private readonly OfficeProfile _office;
    private readonly TimeProvider _time;
    private readonly ILogger<SmsSender> _logger;

    public SmsSender(ModemOptions options, ModemStatus status, ISmsOutbox outbox, ReplyBudget budget, OfficeProfile office, TimeProvider time, ILogger<SmsSender> logger)
    {
        _options = options;
        _status = status;
        _outbox = outbox;
        _budget = budget;
        _office = office;
        _time = time;
        _logger = logger;
    }

    /// <summary>Sends everything due, in batches, until nothing due is left (what failed waits for its backoff).</summary>
    public async Task SendDueAsync(GsmModem modem, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(modem);
        IReadOnlyList<OutgoingSms> batch;
        do
        {
            batch = _outbox.Due(_time.GetUtcNow(), SendBatch);
            await SendAsync(modem, batch, ct);
        }
        while (batch.Count == SendBatch && !ct.IsCancellationRequested);
    }

    /// <summary>A delivery report (+CDS): the message it reports on is marked delivered.</summary>
    public void MarkDelivered(SmsStatusReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var message in _outbox.SentSince(now.AddDays(-2)).Where(m => m.MessageReference == report.MessageReference && m.DeliveredAt is null))
        {
            if (report.IsDelivered)
            {
                _outbox.Update(message with { DeliveredAt = report.DischargeTime });
            }
        }
    }

    private async Task SendAsync(GsmModem modem, IReadOnlyList<OutgoingSms> batch, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        foreach (var message in batch)
        {
            // A reply's share of the budget was reserved when it was queued; notices are counted as they go.
            var reserved = message.Kind == OutgoingSmsKind.Reply;
            if (!reserved && _budget.RemainingToday() <= 0)
            {
                // The daily budget is spent: everything waits for local midnight.
                var tomorrow = _office.LocalDay(now).AddDays(1).ToDateTime(TimeOnly.MinValue);
                var midnight = new DateTimeOffset(tomorrow, _office.TimeZone.GetUtcOffset(tomorrow));
                _outbox.Update(message with { NextAttemptAt = midnight, LastError = "daily budget spent" });
                continue;
            }

            // Durably "submitting" before AT+CMGS: a crash between the submit and its record must not send it twice.
            _outbox.Update(message with { State = OutgoingSmsState.Submitting });
            try
            {
                var references = await modem.SendSmsAsync(message.To, message.Text, new SubmitOptions { RequestStatusReport = true }, ct);
                _outbox.Update(message with { State = OutgoingSmsState.Sent, SentAt = _time.GetUtcNow(), Attempts = message.Attempts + 1, MessageReference = references.Count > 0 ? references[^1] : null, LastError = null });
                if (!reserved)
                {
                    _budget.RecordSent(message.To);
                }

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
                    NextAttemptAt = now + KioskBackoff.SmsResend.Delay(attempts + 1),
                });
                LogSendFailed(_logger, message.Id, e.Code, attempts);
            }
            catch (Exception e) when (e is not (CmsErrorException or PduFormatException))
            {
                // A modem fault, a stop or a bug while this process still runs: the submit did not complete,
                // so the message waits for the next round. Only a crash of the process leaves it "submitting".
                _outbox.Update(message);
                throw;
            }
            catch (PduFormatException e)
            {
                // No retry can encode it: the message fails alone and the modem is left alone.
                _outbox.Update(message with { Attempts = message.Attempts + 1, LastError = e.Message, State = OutgoingSmsState.Failed });
                LogUnencodable(_logger, message.Id, e.Input, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {MessageId} failed with {Code} (attempt {Attempt})")]
    private static partial void LogSendFailed(ILogger logger, string messageId, CmsError code, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{MessageId} cannot be encoded (bad {Input}); it will not be sent")]
    private static partial void LogUnencodable(ILogger logger, string messageId, PduInput input, Exception exception);
}
