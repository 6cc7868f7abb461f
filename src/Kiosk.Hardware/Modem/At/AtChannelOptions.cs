namespace Kiosk.Hardware.Modem.At;

/// <summary>Timeouts of the AT channel.</summary>
public sealed record AtChannelOptions
{
    /// <summary>For ordinary commands.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>For AT+CMGS: the prompt, the PDU and the network round trip.</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many unsolicited results may wait unread before the oldest are dropped.</summary>
    public int UnsolicitedCapacity { get; init; } = 256;
}
