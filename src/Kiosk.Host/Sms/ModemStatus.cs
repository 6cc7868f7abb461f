using Kiosk.Hardware.Modem;

namespace Kiosk.Host.Sms;

/// <summary>What the gateway last learned about its modem: for /healthz, the heartbeat and the LED.</summary>
public sealed class ModemStatus
{
    private readonly Lock _gate = new();

    public bool Connected { get; private set; }

    public int? SignalDbm { get; private set; }

    public RegistrationStatus? Registration { get; private set; }

    public string? Operator { get; private set; }

    /// <summary>Registered on a network (home or roaming, full or SMS only): SMS can go out.</summary>
    public bool IsRegistered => Registration is RegistrationStatus.RegisteredHome or RegistrationStatus.RegisteredRoaming or RegistrationStatus.RegisteredSmsOnlyHome or RegistrationStatus.RegisteredSmsOnlyRoaming;

    public string? LastError { get; private set; }

    public DateTimeOffset? LastErrorAt { get; private set; }

    public DateTimeOffset? ConnectedAt { get; private set; }

    public int Received { get; private set; }

    public int Sent { get; private set; }

    public void Up(DateTimeOffset at)
    {
        lock (_gate)
        {
            Connected = true;
            ConnectedAt = at;
        }
    }

    public void Down(string error, DateTimeOffset at)
    {
        lock (_gate)
        {
            Connected = false;
            LastError = error;
            LastErrorAt = at;
        }
    }

    public void Network(SignalQuality signal, RegistrationStatus registration, string? @operator)
    {
        ArgumentNullException.ThrowIfNull(signal);
        lock (_gate)
        {
            SignalDbm = signal.RssiDbm;
            Registration = registration;
            Operator = @operator;
        }
    }

    public void CountReceived()
    {
        lock (_gate)
        {
            Received++;
        }
    }

    public void CountSent()
    {
        lock (_gate)
        {
            Sent++;
        }
    }
}
