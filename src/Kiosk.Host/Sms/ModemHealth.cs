using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Host.Health;

namespace Kiosk.Host.Sms;

/// <summary>The modem in /healthz: connected, registered, signal; degraded otherwise (tickets still work).</summary>
public sealed class ModemHealth : IHealthComponent
{
    private readonly ModemOptions _options;
    private readonly ModemStatus _status;
    private readonly ISmsOutbox _outbox;
    private readonly ISmsInbox _inbox;

    public ModemHealth(ModemOptions options, ModemStatus status, ISmsOutbox outbox, ISmsInbox inbox)
    {
        _options = options;
        _status = status;
        _outbox = outbox;
        _inbox = inbox;
    }

    public string Name => "modem";

    public ComponentHealth Check()
    {
        var data = new Dictionary<string, object?>
        {
            ["transport"] = _options.Transport.ToLowerInvariant(),
            ["device"] = _options.Device,
            ["connected"] = _status.Connected,
            ["signalDbm"] = _status.SignalDbm,
            ["registration"] = _status.Registration?.ToString(),
            ["operator"] = _status.Operator,
            ["received"] = _status.Received,
            ["sent"] = _status.Sent,
            ["smsPending"] = _outbox.PendingCount(),
            ["inboxMalformed"] = _inbox.Count(InboundState.Malformed),
            ["lastError"] = _status.LastError,
            ["lastErrorAt"] = _status.LastErrorAt,
        };
        if (!_options.IsEnabled)
        {
            return new ComponentHealth(HealthState.Disabled, $"No modem: {ModemOptions.SectionName}:Transport is none.", data);
        }

        if (!_status.Connected)
        {
            data["doctor"] = "fail";
            return new ComponentHealth(
                HealthState.Degraded,
                $"Modem not answering on {(_options.IsSimulated ? "the simulator" : _options.Device)}: {_status.LastError ?? "port not opened"}. Check that it is plugged in (ls -l {_options.Device ?? "/dev/kiosk-modem"}), powered (SIM800 needs a 2 A supply) and that the SIM is seated.",
                data);
        }

        if (_status.Registration is not null && !_status.IsRegistered)
        {
            return new ComponentHealth(HealthState.Degraded, $"Modem not registered on the network ({_status.Registration}). Check the SIM and the antenna.", data);
        }

        return new ComponentHealth(HealthState.Ok, null, data);
    }
}
