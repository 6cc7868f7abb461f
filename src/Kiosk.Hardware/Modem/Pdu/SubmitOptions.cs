namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>How an outgoing text is sent.</summary>
public sealed record SubmitOptions
{
    public static SubmitOptions Default { get; } = new();

    /// <summary>Ask the SMSC for a status report (+CDS).</summary>
    public bool RequestStatusReport { get; init; }

    /// <summary>Relative validity period; null for the SMSC's default.</summary>
    public TimeSpan? ValidityPeriod { get; init; }

    /// <summary>Class 0: shown at once on the phone and not stored.</summary>
    public bool Flash { get; init; }

    /// <summary>Use the 16-bit reference concatenation element (IEI 0x08) instead of the 8-bit one.</summary>
    public bool SixteenBitReference { get; init; }
}
