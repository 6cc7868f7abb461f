namespace Kiosk.Core.Sms;

/// <summary>
/// One message in the kiosk's SMS traffic, as <c>kiosk sms log</c> lists it. <see cref="Number"/>
/// and <see cref="Text"/> are personal: whoever shows an entry masks the number and cuts the text.
/// </summary>
/// <param name="At">When it arrived (inbound) or was sent, or queued while not sent yet (outbound).</param>
/// <param name="Direction">In or out.</param>
/// <param name="Number">The sender or the recipient as stored.</param>
/// <param name="State">A name from <see cref="SmsLogStates"/>.</param>
/// <param name="Detail">The modem's message reference, the last submit error and attempts, or why a PDU did not decode.</param>
/// <param name="Text">The whole text (a long inbound message's parts joined in order).</param>
public sealed record SmsLogEntry(DateTimeOffset At, SmsDirection Direction, string Number, string State, string? Detail, string Text);

public enum SmsDirection
{
    In,
    Out,
}

/// <summary>The states an SMS log entry can show: one table, so the CLI and the API spell them alike.</summary>
public static class SmsLogStates
{
    /// <summary>Inbound, stored, not yet handled (or waiting for its other parts).</summary>
    public const string Received = "received";

    /// <summary>Inbound and handled: its command was carried out.</summary>
    public const string Handled = "handled";

    /// <summary>Inbound, and its PDU could not be read.</summary>
    public const string Malformed = "malformed";

    /// <summary>Outbound, waiting for its first attempt.</summary>
    public const string Queued = "queued";

    /// <summary>Outbound, an attempt failed and the next one is due later.</summary>
    public const string Retrying = "retrying";

    /// <summary>Outbound, the SMS centre took it (AT+CMGS answered a reference).</summary>
    public const string Sent = "sent";

    /// <summary>Outbound, and its status report said delivered.</summary>
    public const string Delivered = "delivered";

    /// <summary>Outbound, given up after its attempts.</summary>
    public const string Failed = "failed";

    public static string Wire(SmsDirection direction) => direction == SmsDirection.In ? "in" : "out";
}
