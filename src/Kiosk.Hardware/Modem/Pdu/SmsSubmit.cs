namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>SMS-SUBMIT (TS 23.040 §9.2.2.2): a message we hand to the SMSC.</summary>
public sealed record SmsSubmit(SmsAddress Destination, string Text) : SmsPdu
{
    public DataCodingScheme Coding { get; init; } = DataCodingScheme.Gsm7;

    /// <summary>TP-MR; 0 lets the modem choose (it does on AT+CMGS).</summary>
    public byte MessageReference { get; init; }

    public bool RequestStatusReport { get; init; }

    /// <summary>Relative validity period, or null for none.</summary>
    public TimeSpan? ValidityPeriod { get; init; }

    public bool RejectDuplicates { get; init; }

    public bool ReplyPath { get; init; }

    public byte ProtocolIdentifier { get; init; }

    public UserDataHeader? Header { get; init; }

    /// <summary>Octets to send with the 8-bit alphabet (ignored for GSM-7 and UCS2, which use <see cref="SmsSubmit.Text"/>).</summary>
    public byte[] UserData { get; init; } = [];

    public ConcatenationInfo? Concatenation => Header?.Concatenation;
}
