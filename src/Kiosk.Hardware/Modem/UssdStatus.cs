namespace Kiosk.Hardware.Modem;

/// <summary>The &lt;m&gt; of +CUSD (TS 27.007 §7.15).</summary>
public enum UssdStatus
{
    NoFurtherActionRequired = 0,
    FurtherActionRequired = 1,
    TerminatedByNetwork = 2,
    AnsweredByOtherClient = 3,
    OperationNotSupported = 4,
    NetworkTimeout = 5,
}
