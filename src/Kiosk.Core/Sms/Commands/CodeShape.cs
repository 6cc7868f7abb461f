namespace Kiosk.Core.Sms.Commands;

/// <summary>What the code in a status check looks like; the grammar recognises shapes, not validity.</summary>
public enum CodeShape
{
    /// <summary>No code was given (<c>CEK</c> alone).</summary>
    Missing,

    /// <summary>Nine Crockford base32 symbols: a complaint's tracking code, check character not yet validated.</summary>
    TrackingCode,

    /// <summary>A service letter and 1–3 digits, normalised to <c>A-017</c>: today's queue ticket.</summary>
    TicketCode,

    /// <summary>Something was given but it has neither shape: answer "kode salah ketik".</summary>
    Unrecognised,
}
