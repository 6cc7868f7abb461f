namespace Kiosk.Core.Sms.Replies;

/// <summary>Why a <c>BATAL</c> did not cancel a ticket.</summary>
public enum CancelRefusal
{
    /// <summary>The code has no ticket shape or is missing (<c>BATAL</c> alone).</summary>
    Malformed,

    /// <summary>No ticket with that code today.</summary>
    NotFound,

    /// <summary>The ticket was not taken by SMS from this number.</summary>
    NotYourTicket,

    /// <summary>The ticket was already called at a counter.</summary>
    AlreadyCalled,

    /// <summary>The ticket was already cancelled.</summary>
    AlreadyCancelled,
}
