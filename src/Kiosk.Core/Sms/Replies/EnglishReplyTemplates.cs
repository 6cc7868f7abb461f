namespace Kiosk.Core.Sms.Replies;

/// <summary>Every fixed reply in English; the keywords stay Indonesian because the grammar is the same.</summary>
internal sealed class EnglishReplyTemplates : IReplyTemplates
{
    public string NoteLabel => " Note: ";

    public string Help() =>
        "SMS service: CEK code (e.g. CEK K7M2-9QXD-3); ADU complaint (e.g. ADU road damaged); "
        + "ANTRI service letter (e.g. ANTRI A); BATAL ticket (e.g. BATAL A-017)";

    public string Unrecognised() =>
        "Sorry, message not understood. Send CEK code, ADU complaint, ANTRI service letter or BATAL ticket. "
        + "Send INFO for examples.";

    public string StatusName(ComplaintStatusName status) => status switch
    {
        ComplaintStatusName.Received => "RECEIVED",
        ComplaintStatusName.Forwarded => "FORWARDED",
        ComplaintStatusName.Verified => "VERIFIED",
        ComplaintStatusName.InProgress => "IN PROGRESS",
        ComplaintStatusName.Done => "RESOLVED",
        ComplaintStatusName.Rejected => "REJECTED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public string ComplaintStatus(string code, string statusName, string when) =>
        $"Complaint {code}: {statusName} since {when}.";

    public string CodeMissing() =>
        "No code given. Send CEK then the complaint code or ticket, e.g. CEK K7M2-9QXD-3 or CEK A-017.";

    public string CodeMistyped(string code) =>
        $"Code {code} is mistyped, please check it. The code is on your receipt, 9 letters/digits, e.g. CEK K7M2-9QXD-3.";

    public string CodeNotFound(string code) =>
        $"Code {code} was not found at this office. Check the code or ask the staff.";

    public string ComplaintReceived(string code) =>
        $"Complaint received. Tracking code: {code}. Keep this code. To check: send CEK {code} to this number.";

    public string ComplaintTooShort(string minLength) =>
        $"Complaint too short. Write at least {minLength} letters, e.g. ADU street light in Mojo village out for 3 days.";

    public string ComplaintTooLong(string maxLength) =>
        $"Complaint too long (max {maxLength} letters). Shorten it and send again, or come to the kecamatan office.";

    public string Wait(TimeSpan wait)
    {
        if (wait > ReplyFieldLimits.Wait)
        {
            return "more than 10 hours";
        }

        var minutes = (int)Math.Ceiling(Math.Max(0, wait.TotalMinutes));
        return minutes < 60 ? $"{minutes} min" : $"{minutes / 60} h {minutes % 60} min";
    }

    public string QueueTicketTaken(string ticket, string service, string office, string ahead, string wait, string notifyAhead) =>
        $"Ticket {ticket} ({service}), {office}. Ahead of you: {ahead}, about {wait}. "
        + $"We will SMS you when {notifyAhead} are left.";

    public string TicketWaiting(string ticket, string service, string ahead, string wait) =>
        $"Ticket {ticket} ({service}): {ahead} people ahead of you, about {wait}.";

    public string TicketNext(string ticket, string service, string office) =>
        $"Ticket {ticket} ({service}): you are next. Please come to the counter at {office} now.";

    public string TicketCalled(string ticket) =>
        $"Ticket {ticket} has been called. If you were not served yet, go to the counter or ask the staff.";

    public string TicketNotFound(string ticket) =>
        $"There is no ticket {ticket} today. Check the number, e.g. CEK A-017.";

    public string TurnNear(string ticket, string service, string office, string ahead) =>
        $"Ticket {ticket} ({service}): only {ahead} people before your turn. Please come to {office} now.";

    public string Called(string ticket, string counter) =>
        $"Number {ticket} is called to {counter}";

    public string UnknownService(string choices, string example) =>
        $"Unknown service. Send ANTRI and a service letter: {choices}. E.g. ANTRI {example}";

    public string NoServices() =>
        "Sorry, queue tickets by SMS are not available at this office. Please take a number at the office kiosk.";

    public string TicketCancelled(string ticket) =>
        $"Ticket {ticket} is cancelled. Thank you.";

    public string CancelRefused(string ticket, CancelRefusal reason) => reason switch
    {
        CancelRefusal.Malformed => "Write the ticket to cancel, e.g. BATAL A-017.",
        CancelRefusal.NotFound => $"There is no ticket {ticket} today. Check the number, e.g. BATAL A-017.",
        CancelRefusal.NotYourTicket => $"Ticket {ticket} cannot be cancelled: it was not taken from this number.",
        CancelRefusal.AlreadyCalled => $"Ticket {ticket} was already called and cannot be cancelled.",
        CancelRefusal.AlreadyCancelled => $"Ticket {ticket} was already cancelled.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown refusal."),
    };

    public string MessageTooLong(string maxParts) =>
        $"Message too long (more than {maxParts} SMS) and not processed. Shorten it and send again, or come to the kecamatan office.";

    public string DailyLimitReached() =>
        "Sorry, today's SMS limit is reached. Try again tomorrow, or come to the kecamatan office in person.";

    public string OutOfService() =>
        "Sorry, the SMS service is not available right now. Please come to the kecamatan office in person.";
}
