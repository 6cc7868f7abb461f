namespace Kiosk.Hardware.Modem.At;

/// <summary>An unsolicited result code; <see cref="Pdu"/> is the hex line that follows +CMT and +CDS.</summary>
public sealed record UnsolicitedResult(UnsolicitedKind Kind, string Line, string? Pdu = null)
{
    /// <summary>The text after the first ':' (e.g. <c>"SM",3</c> for <c>+CMTI: "SM",3</c>), or empty.</summary>
    public string Value
    {
        get
        {
            var colon = Line.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? "" : Line[(colon + 1)..].Trim();
        }
    }
}
