namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>
/// Decodes and encodes PDUs as modems print them in PDU mode (AT+CMGF=0): hex text starting with
/// the SMSC prefix. Bad input throws <see cref="PduFormatException"/> saying what is wrong.
/// </summary>
public static class PduCodec
{
    private const byte MtiMask = 0x03;
    private const byte MtiDeliver = 0x00;
    private const byte MtiSubmit = 0x01;
    private const byte MtiStatusReport = 0x02;
    private const byte FlagMoreMessages = 0x04; // MMS / RD
    private const byte VpfMask = 0x18;
    private const byte VpfRelative = 0x10;
    private const byte FlagStatusReport = 0x20; // SRI / SRR / SRQ
    private const byte FlagHeader = 0x40;
    private const byte FlagReplyPath = 0x80;

    /// <summary>Decodes by the message type indicator.</summary>
    /// <param name="hex">The PDU as hex text.</param>
    /// <param name="hasServiceCentre">False when the hex starts at the TPDU (no SMSC prefix).</param>
    public static SmsPdu Decode(string hex, bool hasServiceCentre = true)
    {
        var reader = new PduReader(Hex.Parse(hex, "PDU"));
        var serviceCentre = hasServiceCentre ? AddressCodec.ReadServiceCentre(reader) : null;
        var first = reader.ReadByte("first octet");
        SmsPdu pdu = (first & MtiMask) switch
        {
            MtiDeliver => ReadDeliver(reader, first),
            MtiSubmit => ReadSubmit(reader, first),
            MtiStatusReport => ReadStatusReport(reader, first),
            _ => throw PduFormatException.Invalid("message type indicator", "3 (reserved)"),
        };
        return pdu with { ServiceCentre = serviceCentre };
    }

    public static SmsDeliver DecodeDeliver(string hex, bool hasServiceCentre = true) =>
        Decode(hex, hasServiceCentre) as SmsDeliver ?? throw PduFormatException.Invalid("message type indicator", "not an SMS-DELIVER");

    public static SmsSubmit DecodeSubmit(string hex, bool hasServiceCentre = true) =>
        Decode(hex, hasServiceCentre) as SmsSubmit ?? throw PduFormatException.Invalid("message type indicator", "not an SMS-SUBMIT");

    public static SmsStatusReport DecodeStatusReport(string hex, bool hasServiceCentre = true) =>
        Decode(hex, hasServiceCentre) as SmsStatusReport ?? throw PduFormatException.Invalid("message type indicator", "not an SMS-STATUS-REPORT");

    public static EncodedPdu EncodeSubmit(SmsSubmit submit)
    {
        ArgumentNullException.ThrowIfNull(submit);
        var output = new List<byte>(176);
        AddressCodec.WriteServiceCentre(output, submit.ServiceCentre);
        var smscLength = output.Count;
        var first = MtiSubmit;
        if (submit.RejectDuplicates)
        {
            first |= FlagMoreMessages;
        }

        if (submit.ValidityPeriod is not null)
        {
            first |= VpfRelative;
        }

        if (submit.RequestStatusReport)
        {
            first |= FlagStatusReport;
        }

        if (submit.Header is not null)
        {
            first |= FlagHeader;
        }

        if (submit.ReplyPath)
        {
            first |= FlagReplyPath;
        }

        output.Add(first);
        output.Add(submit.MessageReference);
        AddressCodec.WriteAddress(output, submit.Destination);
        output.Add(submit.ProtocolIdentifier);
        output.Add(submit.Coding.Value);
        if (submit.ValidityPeriod is { } validity)
        {
            output.Add(ValidityPeriod.ToRelative(validity));
        }

        UserDataCodec.Write(output, submit.Coding, submit.Header, submit.Text, submit.UserData);
        return new EncodedPdu(Hex.Format([.. output]), output.Count - smscLength);
    }

    public static EncodedPdu EncodeDeliver(SmsDeliver deliver)
    {
        ArgumentNullException.ThrowIfNull(deliver);
        var output = new List<byte>(176);
        AddressCodec.WriteServiceCentre(output, deliver.ServiceCentre);
        var smscLength = output.Count;
        var first = MtiDeliver;
        if (!deliver.MoreMessagesToSend)
        {
            first |= FlagMoreMessages;
        }

        if (deliver.StatusReportIndication)
        {
            first |= FlagStatusReport;
        }

        if (deliver.Header is not null)
        {
            first |= FlagHeader;
        }

        if (deliver.ReplyPath)
        {
            first |= FlagReplyPath;
        }

        output.Add(first);
        AddressCodec.WriteAddress(output, deliver.Originator);
        output.Add(deliver.ProtocolIdentifier);
        output.Add(deliver.Coding.Value);
        ServiceCentreTimestamp.Write(output, deliver.Timestamp);
        UserDataCodec.Write(output, deliver.Coding, deliver.Header, deliver.Text, deliver.UserData);
        return new EncodedPdu(Hex.Format([.. output]), output.Count - smscLength);
    }

    public static EncodedPdu EncodeStatusReport(SmsStatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var output = new List<byte>(40);
        AddressCodec.WriteServiceCentre(output, report.ServiceCentre);
        var smscLength = output.Count;
        output.Add((byte)(MtiStatusReport | FlagMoreMessages));
        output.Add(report.MessageReference);
        AddressCodec.WriteAddress(output, report.Recipient);
        ServiceCentreTimestamp.Write(output, report.ServiceCentreTimestamp);
        ServiceCentreTimestamp.Write(output, report.DischargeTime);
        output.Add((byte)report.Status);
        return new EncodedPdu(Hex.Format([.. output]), output.Count - smscLength);
    }

    private static SmsDeliver ReadDeliver(PduReader reader, byte first)
    {
        var originator = AddressCodec.ReadAddress(reader, "originator address");
        var pid = reader.ReadByte("protocol identifier");
        var coding = DataCodingScheme.Parse(reader.ReadByte("data coding scheme"));
        var timestamp = ServiceCentreTimestamp.Read(reader, "service centre timestamp");
        var (header, text, payload) = UserDataCodec.Read(reader, (first & FlagHeader) != 0, coding);
        return new SmsDeliver(originator, text, timestamp)
        {
            Coding = coding,
            ProtocolIdentifier = pid,
            Header = header,
            UserData = payload,
            MoreMessagesToSend = (first & FlagMoreMessages) == 0,
            StatusReportIndication = (first & FlagStatusReport) != 0,
            ReplyPath = (first & FlagReplyPath) != 0,
        };
    }

    private static SmsSubmit ReadSubmit(PduReader reader, byte first)
    {
        var reference = reader.ReadByte("message reference");
        var destination = AddressCodec.ReadAddress(reader, "destination address");
        var pid = reader.ReadByte("protocol identifier");
        var coding = DataCodingScheme.Parse(reader.ReadByte("data coding scheme"));
        TimeSpan? validity = null;
        switch (first & VpfMask)
        {
            case VpfRelative:
                validity = ValidityPeriod.FromRelative(reader.ReadByte("validity period"));
                break;
            case 0x08 or 0x18: // enhanced or absolute: seven octets we do not interpret
                reader.ReadBytes("validity period", 7);
                break;
        }

        var (header, text, payload) = UserDataCodec.Read(reader, (first & FlagHeader) != 0, coding);
        return new SmsSubmit(destination, text)
        {
            Coding = coding,
            MessageReference = reference,
            RequestStatusReport = (first & FlagStatusReport) != 0,
            ValidityPeriod = validity,
            RejectDuplicates = (first & FlagMoreMessages) != 0,
            ReplyPath = (first & FlagReplyPath) != 0,
            ProtocolIdentifier = pid,
            Header = header,
            UserData = payload,
        };
    }

    private static SmsStatusReport ReadStatusReport(PduReader reader, byte first)
    {
        _ = first;
        var reference = reader.ReadByte("message reference");
        var recipient = AddressCodec.ReadAddress(reader, "recipient address");
        var timestamp = ServiceCentreTimestamp.Read(reader, "service centre timestamp");
        var discharge = ServiceCentreTimestamp.Read(reader, "discharge time");
        var status = (DeliveryStatus)reader.ReadByte("status");
        return new SmsStatusReport(reference, recipient, timestamp, discharge, status);
    }
}
