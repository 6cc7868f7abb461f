namespace Kiosk.Hardware.Modem;

/// <summary>The &lt;stat&gt; of a stored message in PDU mode (TS 27.005 §3.1).</summary>
public enum StoredMessageStatus
{
    ReceivedUnread = 0,
    ReceivedRead = 1,
    StoredUnsent = 2,
    StoredSent = 3,
    All = 4,
}
