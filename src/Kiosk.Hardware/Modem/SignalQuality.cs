namespace Kiosk.Hardware.Modem;

/// <summary>AT+CSQ: received signal strength and bit error rate class; null where the modem says 99 (unknown).</summary>
public sealed record SignalQuality(int? RssiDbm, int? BitErrorRate, int RawRssi)
{
    public const int Unknown = 99;

    /// <summary>From the two numbers of <c>+CSQ: rssi,ber</c> (rssi 0 = −113 dBm or less, 31 = −51 dBm or more).</summary>
    public static SignalQuality FromCsq(int rssi, int ber) => new(
        rssi is >= 0 and <= 31 ? -113 + (2 * rssi) : null,
        ber is >= 0 and <= 7 ? ber : null,
        rssi);
}
