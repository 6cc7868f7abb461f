namespace Kiosk.Hardware.Modem.At;

/// <summary>What an unsolicited result code announces.</summary>
public enum UnsolicitedKind
{
    /// <summary><c>+CMTI: "SM",3</c>: a message was stored at an index.</summary>
    NewMessage,

    /// <summary><c>+CMT: ,24</c> followed by the DELIVER PDU: a message routed straight to us.</summary>
    MessageDelivered,

    /// <summary><c>+CDS: 25</c> followed by the STATUS-REPORT PDU.</summary>
    StatusReport,

    /// <summary><c>+CDSI: "SM",4</c>: a status report was stored at an index.</summary>
    StatusReportStored,

    /// <summary><c>+CUSD: 0,"...",15</c>: a USSD answer.</summary>
    Ussd,

    /// <summary><c>RING</c>, <c>+CRING</c>, <c>+CLIP</c>: an incoming call.</summary>
    Ring,

    /// <summary><c>^RSSI: n</c>, <c>^HCSQ</c>: Huawei signal noise.</summary>
    Signal,

    /// <summary><c>^BOOT</c> and other Huawei status noise (<c>^MODE</c>, <c>^SRVST</c>, <c>^DSFLOWRPT</c>...).</summary>
    VendorStatus,

    /// <summary><c>+CREG: n</c>, <c>+CGREG</c>, <c>+CEREG</c>: registration changed.</summary>
    Registration,

    /// <summary><c>+CPIN: READY</c>, <c>RDY</c>, <c>Call Ready</c>, <c>SMS Ready</c>, <c>+CFUN: 1</c>: the modem (re)started.</summary>
    Ready,

    /// <summary>A line that arrived while no command was waiting and that we do not know.</summary>
    Other,
}
