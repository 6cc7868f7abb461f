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

    /// <summary>
    /// 0 to 5 bars as a phone shows them, from the CSQ rssi: 0 for unknown or ≤ 1 (−111 dBm),
    /// then 2–9, 10–14, 15–19, 20–24 and 25–31 (the usual "marginal, ok, good, very good, excellent").
    /// </summary>
    public int Bars => RawRssi switch
    {
        >= 25 and <= 31 => 5,
        >= 20 and <= 24 => 4,
        >= 15 and <= 19 => 3,
        >= 10 and <= 14 => 2,
        >= 2 and <= 9 => 1,
        _ => 0,
    };
}
