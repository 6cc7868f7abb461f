namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>SMS-DELIVER (TS 23.040 §9.2.2.1): a message the network delivers to us.</summary>
public sealed record SmsDeliver(SmsAddress Originator, string Text, DateTimeOffset Timestamp) : SmsPdu
{
    public DataCodingScheme Coding { get; init; } = DataCodingScheme.Gsm7;

    public byte ProtocolIdentifier { get; init; }

    public UserDataHeader? Header { get; init; }

    /// <summary>TP-UD after the header: septet values (GSM-7) or octets (8-bit, UCS2).</summary>
    public byte[] UserData { get; init; } = [];

    public bool MoreMessagesToSend { get; init; }

    public bool StatusReportIndication { get; init; }

    public bool ReplyPath { get; init; }

    public ConcatenationInfo? Concatenation => Header?.Concatenation;
}
