namespace Kiosk.Hardware.Modem.At;

/// <summary>Recognises unsolicited result codes among the lines a modem sends.</summary>
internal static class UnsolicitedCodes
{
    private static readonly (string Prefix, UnsolicitedKind Kind)[] Prefixes =
    [
        ("+CMTI:", UnsolicitedKind.NewMessage),
        ("+CMT:", UnsolicitedKind.MessageDelivered),
        ("+CDSI:", UnsolicitedKind.StatusReportStored),
        ("+CDS:", UnsolicitedKind.StatusReport),
        ("+CUSD:", UnsolicitedKind.Ussd),
        ("RING", UnsolicitedKind.Ring),
        ("+CRING:", UnsolicitedKind.Ring),
        ("+CLIP:", UnsolicitedKind.Ring),
        ("^RSSI:", UnsolicitedKind.Signal),
        ("^HCSQ:", UnsolicitedKind.Signal),
        ("^BOOT:", UnsolicitedKind.VendorStatus),
        ("^MODE:", UnsolicitedKind.VendorStatus),
        ("^SRVST:", UnsolicitedKind.VendorStatus),
        ("^SIMST:", UnsolicitedKind.VendorStatus),
        ("^DSFLOWRPT:", UnsolicitedKind.VendorStatus),
        ("^CEND:", UnsolicitedKind.VendorStatus),
        ("^STIN:", UnsolicitedKind.VendorStatus),
        ("+CREG:", UnsolicitedKind.Registration),
        ("+CGREG:", UnsolicitedKind.Registration),
        ("+CEREG:", UnsolicitedKind.Registration),
        ("+CPIN:", UnsolicitedKind.Ready),
        ("+CFUN:", UnsolicitedKind.Ready),
        ("RDY", UnsolicitedKind.Ready),
        ("Call Ready", UnsolicitedKind.Ready),
        ("SMS Ready", UnsolicitedKind.Ready),
        ("+PACSP", UnsolicitedKind.Ready),
    ];

    /// <summary>
    /// True when <paramref name="line"/> is unsolicited while <paramref name="pendingCommand"/> waits.
    /// A prefix that is also the pending read/test command's own answer (<c>+CREG:</c> for
    /// <c>AT+CREG?</c>, <c>+CPIN:</c> for <c>AT+CPIN?</c>) belongs to that command.
    /// </summary>
    public static bool TryClassify(string line, string? pendingCommand, out UnsolicitedKind kind)
    {
        foreach (var (prefix, candidate) in Prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return !IsAnswerTo(prefix, pendingCommand);
            }
        }

        kind = UnsolicitedKind.Other;
        return false;
    }

    /// <summary>+CMT and +CDS in PDU mode are followed by one line of hex.</summary>
    public static bool HasPduLine(UnsolicitedKind kind) =>
        kind is UnsolicitedKind.MessageDelivered or UnsolicitedKind.StatusReport;

    private static bool IsAnswerTo(string prefix, string? command)
    {
        if (command is null || !prefix.EndsWith(':'))
        {
            return false;
        }

        var name = prefix[..^1];
        if (!command.StartsWith("AT" + name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = command[(2 + name.Length)..];
        return rest.Length == 0 || rest.StartsWith('?') || rest.StartsWith("=?", StringComparison.Ordinal);
    }
}
