using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.Simulation;

namespace Kiosk.Host.Sms;

/// <summary>
/// The one task that owns the SMS loop. Each round it lets the <see cref="SmsReceiver"/> take in
/// what arrived — answering each message as soon as it is stored (the receiver hands complete messages
/// to the dispatcher and the <see cref="SmsSender"/> sends what is due) before reading the next — then
/// the <see cref="ModemSession"/> read the network, answers once more, and waits for a URC or a tick. A modem fault (<see cref="ModemSession.IsModemFault"/>) ends the connection and the session
/// recovers; any other exception is a bug in that job: it is logged as an error, the job's work stays
/// where it was (in the modem, the inbox or the outbox) for the next round, and the modem is not touched.
/// </summary>
public sealed partial class SmsGateway : BackgroundService
{
    private readonly ModemSession _session;
    private readonly SmsReceiver _receiver;
    private readonly SmsSender _sender;
    private readonly ILogger<SmsGateway> _logger;
    private readonly HashSet<string> _failingJobs = [];

    public SmsGateway(ModemSession session, SmsReceiver receiver, SmsSender sender, ILogger<SmsGateway> logger)
    {
        _session = session;
        _receiver = receiver;
        _sender = sender;
        _logger = logger;
    }

    /// <summary>The emulator behind the embedded default (null with a real modem): tests and demos "send" SMS through it.</summary>
    public ModemEmulator? Emulator => _session.Emulator;

    /// <summary>The connected modem; null while reconnecting.</summary>
    public GsmModem? Modem => _session.Modem;

    /// <summary>Completes once the first connection is up (tests wait for it).</summary>
    public Task Ready => _session.Ready;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var link = _session.Open();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var modem = await _session.ConnectAsync(stoppingToken);
                _receiver.SweepSoon();
                await RunConnectedAsync(modem, stoppingToken);
            }
            catch (Exception e) when (ModemSession.IsModemFault(e) && !stoppingToken.IsCancellationRequested)
            {
                await _session.RecoverAsync(e, stoppingToken);
            }
        }
    }

    private async Task RunConnectedAsync(GsmModem modem, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            ModemSession.ThrowIfClosed(modem);
            await JobAsync("receive", () => _receiver.ReceiveAsync(modem, () => AnswerAsync(modem, ct), ct), ct);
            await _session.MonitorNetworkAsync(modem, ct);
            await AnswerAsync(modem, ct);
            await _session.WaitForWorkAsync(modem, ct);
        }
    }

    /// <summary>Hands complete messages to the dispatcher and sends what is due: after each message read, and once a round.</summary>
    private async Task AnswerAsync(GsmModem modem, CancellationToken ct)
    {
        await JobAsync("process", () => { _receiver.ProcessStored(); return Task.CompletedTask; }, ct);
        await JobAsync("send", () => _sender.SendDueAsync(modem, ct), ct);
    }

    /// <summary>
    /// Runs one job of the round. Modem faults and cancellation go up to the loop; anything else is a
    /// bug, logged as an error once (and again only after the job has worked in between).
    /// </summary>
    private async Task JobAsync(string job, Func<Task> run, CancellationToken ct)
    {
        try
        {
            await run();
            if (_failingJobs.Remove(job))
            {
                LogJobRecovered(_logger, job);
            }
        }
        catch (Exception e) when (!ModemSession.IsModemFault(e) && !(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            if (_failingJobs.Add(job))
            {
                LogJobBug(_logger, job, e);
            }
            else
            {
                LogJobStillFailing(_logger, job, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SMS {Job} failed with a bug, not a modem fault: its work is kept and retried, the modem is left alone")]
    private static partial void LogJobBug(ILogger logger, string job, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "SMS {Job} still failing: {Reason}")]
    private static partial void LogJobStillFailing(ILogger logger, string job, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {Job} works again")]
    private static partial void LogJobRecovered(ILogger logger, string job);
}
