namespace Kiosk.Core.Sms.Replies;

/// <summary>
/// The wording of every fixed reply in one language. Values arrive cleaned and cut by
/// <see cref="SmsReplies"/>; a template only places them.
/// </summary>
internal interface IReplyTemplates
{
    string Help();

    string Unrecognised();

    string StatusName(ComplaintStatusName status);

    string ComplaintStatus(string code, string statusName, string when);

    /// <summary>Placed between a status and its public note, with the note after it.</summary>
    string NoteLabel { get; }

    string CodeMissing();

    string CodeMistyped(string code);

    string CodeNotFound(string code);

    string ComplaintReceived(string code);

    string ComplaintTooShort(string minLength);

    string ComplaintTooLong(string maxLength);

    string Wait(TimeSpan wait);

    string QueueTicketTaken(string ticket, string service, string office, string ahead, string wait, string notifyAhead);

    string TicketWaiting(string ticket, string service, string ahead, string wait);

    /// <summary>No one is ahead any more: the citizen is next (said instead of "0 people ahead").</summary>
    string TicketNext(string ticket, string service, string office);

    string TicketCalled(string ticket);

    string TicketNotFound(string ticket);

    string TurnNear(string ticket, string service, string office, string ahead);

    string Called(string ticket, string counter);

    string UnknownService(string choices, string example);

    string NoServices();

    string TicketCancelled(string ticket);

    string CancelRefused(string ticket, CancelRefusal reason);

    string MessageTooLong(string maxParts);

    string DailyLimitReached();

    string OutOfService();
}
