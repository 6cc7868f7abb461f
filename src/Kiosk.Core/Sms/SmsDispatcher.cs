using Kiosk.Core.Complaints;
using Kiosk.Core.Configuration;
using Kiosk.Core.Queue;
using Kiosk.Core.Sms.Commands;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Replies;
using Kiosk.Core.Validation;

namespace Kiosk.Core.Sms;

/// <summary>
/// Carries out what a citizen's SMS asks — status, complaint, remote queue number, cancel, help —
/// and decides the reply within the loop and cost guards.
/// </summary>
public sealed class SmsDispatcher
{
    private readonly OfficeProfile _office;
    private readonly QueueService _queue;
    private readonly ComplaintService _complaints;
    private readonly SmsReplies _replies;
    private readonly ReplyBudget _budget;

    public SmsDispatcher(OfficeProfile office, QueueService queue, ComplaintService complaints, SmsReplies replies, ReplyBudget budget)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(budget);
        _office = office;
        _queue = queue;
        _complaints = complaints;
        _replies = replies;
        _budget = budget;
    }

    /// <summary>
    /// Handles one whole (reassembled) message. Messages from operators and short codes are not
    /// acted on at all; from a person, the command is carried out even when a limit silences the reply
    /// (nothing a citizen sent is lost).
    /// </summary>
    public SmsDispatch Handle(string? sender, string? text)
    {
        var classified = _budget.Classify(sender);
        if (classified.Kind != SenderKind.Person || classified.Number is null)
        {
            return new SmsDispatch.Silent(ReplyDenialReason.NotAPerson, classified.Kind);
        }

        var message = WellFormed(text ?? "");
        var command = SmsCommandParser.Parse(message);
        if (OperatorMessages.IsOperatorText(message) && command is not (SmsCommand.FileComplaint or SmsCommand.CheckStatus { Shape: CodeShape.TrackingCode }))
        {
            // Credit and promotion texts also come from ordinary numbers; answering them costs credit and can loop.
            return new SmsDispatch.Silent(ReplyDenialReason.OperatorMessage, SenderKind.Person);
        }

        var replies = WrittenLanguage.Of(message) is { } written ? _replies.In(written) : _replies;
        var reply = Carry(classified.Number, command, replies);
        return Decide(sender, reply);
    }

    /// <summary>The reply's share of the budget is reserved here, in the caller's transaction that queues it.</summary>
    private SmsDispatch Decide(string? sender, string reply) => _budget.TryReserve(sender) switch
    {
        ReplyDecision.Allowed allowed => new SmsDispatch.Reply(allowed.Number, reply),
        ReplyDecision.Denied denied => new SmsDispatch.Silent(denied.Reason, denied.Sender),
        _ => throw new InvalidOperationException("Unknown reply decision."),
    };

    /// <summary>
    /// A message of more than <paramref name="maxParts"/> parts: nothing of it is acted on (no half
    /// complaint), and the sender is told once, within the same guards, to shorten it.
    /// </summary>
    public SmsDispatch HandleTooManyParts(string? sender, int maxParts)
    {
        var classified = _budget.Classify(sender);
        if (classified.Kind != SenderKind.Person || classified.Number is null)
        {
            return new SmsDispatch.Silent(ReplyDenialReason.NotAPerson, classified.Kind);
        }

        return Decide(sender, _replies.MessageTooLong(maxParts));
    }

    /// <summary>
    /// A UCS2 message can carry half a surrogate pair (a part cut mid-emoji, a broken phone); the
    /// store cannot write it as UTF-8, so each lone half becomes U+FFFD.
    /// </summary>
    private static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>The "3 people ahead" notice for a remote ticket.</summary>
    public string TurnNear(Ticket ticket, int peopleAhead)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return _replies.TurnNear(ticket.Code, ServiceName(ticket.Service), peopleAhead);
    }

    /// <summary>The notice for a ticket called to <paramref name="counterName"/>.</summary>
    public string Called(Ticket ticket, string counterName)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return _replies.Called(ticket.Code, counterName);
    }

    /// <summary>The notice sent to a complainant when upstream moves their complaint.</summary>
    public string StatusNotice(Complaint complaint) => StatusNotice(complaint, _replies);

    private static string StatusNotice(Complaint complaint, SmsReplies replies)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var last = complaint.History[^1];
        return replies.ComplaintStatus(complaint.TrackingCode.Grouped, NameOf(complaint.Status), last.At, last.Note);
    }

    private string Carry(string phone, SmsCommand command, SmsReplies replies) => command switch
    {
        SmsCommand.CheckStatus c => CheckStatus(c, replies),
        SmsCommand.FileComplaint f => FileComplaint(phone, f.Text, replies),
        SmsCommand.TakeQueueNumber q => TakeQueueNumber(phone, q.Service, replies),
        SmsCommand.CancelTicket b => Cancel(phone, b, replies),
        SmsCommand.Help => replies.Help(),
        _ => replies.Unrecognised(),
    };

    private string CheckStatus(SmsCommand.CheckStatus check, SmsReplies replies)
    {
        switch (check.Shape)
        {
            case CodeShape.Missing:
                return replies.CodeMissing();
            case CodeShape.TicketCode:
                var ticket = _queue.Find(check.Code);
                if (ticket is null)
                {
                    return replies.TicketNotFound(check.Code);
                }

                return ticket.State switch
                {
                    TicketState.Waiting => Waiting(ticket, replies),
                    TicketState.Cancelled => replies.TicketCancelled(ticket.Code),
                    _ => replies.TicketCalled(ticket.Code),
                };
            case CodeShape.TrackingCode:
                var parsed = TrackingCode.Parse(check.Code);
                if (parsed.Code is not { } code)
                {
                    return replies.CodeMistyped(check.Code);
                }

                var complaint = _complaints.Find(code);
                return complaint is null ? replies.CodeNotFound(code.Grouped) : StatusNotice(complaint, replies);
            default:
                return replies.CodeMistyped(check.Code);
        }
    }

    private string FileComplaint(string phone, string text, SmsReplies replies)
    {
        var length = ComplaintService.Clean(text).Length; // measured as the complaint will store it
        if (length < ComplaintService.MinDescription)
        {
            return replies.ComplaintTooShort(ComplaintService.MinDescription);
        }

        if (length > ComplaintService.MaxDescription)
        {
            return replies.ComplaintTooLong(ComplaintService.MaxDescription);
        }

        // A complaint keeps only an Indonesian mobile number (status notices go to it); a foreign or
        // fixed-line sender is still answered with the tracking code, and the complaint has no phone.
        var mobile = Identity.PhoneNumber.Parse(phone).Number?.E164;
        var complaint = _complaints.File(new ComplaintDraft(null, null, text, Phone: mobile), Channel.Sms);
        return replies.ComplaintReceived(complaint.TrackingCode.Grouped);
    }

    private string TakeQueueNumber(string phone, string asked, SmsReplies replies)
    {
        var service = MatchService(asked);
        if (service is null)
        {
            return replies.UnknownService([.. _office.Services.Select(s => new ServiceChoice(s.Code[0], s.Name))]);
        }

        // One waiting remote ticket per phone and service: a repeated ANTRI gets the same ticket back.
        var existing = _queue.WaitingFor(phone, service.Code);
        if (existing is not null)
        {
            return Waiting(existing, replies);
        }

        // As for complaints: a ticket keeps only an Indonesian mobile number (the turn-near notice goes to it).
        var issued = _queue.Issue(new TicketRequest(service.Code, Priority.None, Channel.Sms, Identity.PhoneNumber.Parse(phone).Number?.E164));
        return replies.QueueTicketTaken(issued.Ticket.Code, service.Name, issued.PeopleAhead, TimeSpan.FromMinutes(issued.EstimatedWaitMinutes));
    }

    private string Cancel(string phone, SmsCommand.CancelTicket cancel, SmsReplies replies)
    {
        if (!cancel.IsWellFormed)
        {
            return replies.CancelRefused(cancel.TicketCode, CancelRefusal.Malformed);
        }

        var ticket = _queue.Find(cancel.TicketCode);
        var refusal = ticket switch
        {
            null => CancelRefusal.NotFound,
            _ when ticket.Phone != phone => CancelRefusal.NotYourTicket,
            { State: TicketState.Cancelled } => CancelRefusal.AlreadyCancelled,
            { State: not TicketState.Waiting } => CancelRefusal.AlreadyCalled,
            _ => (CancelRefusal?)null,
        };
        if (refusal is { } reason)
        {
            return replies.CancelRefused(cancel.TicketCode, reason);
        }

        try
        {
            return replies.TicketCancelled(_queue.Cancel(ticket!.Code, phone).Code);
        }
        catch (StateConflictException)
        {
            // Called by a counter between the look-up and the cancel.
            return replies.CancelRefused(ticket!.Code, CancelRefusal.AlreadyCalled);
        }
    }

    private string Waiting(Ticket ticket, SmsReplies replies)
    {
        var (ahead, wait) = _queue.Estimate(ticket);
        return replies.TicketWaiting(ticket.Code, ServiceName(ticket.Service), ahead, TimeSpan.FromMinutes(wait));
    }

    private OfficeService? MatchService(string asked)
    {
        var text = asked.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length == 1)
        {
            return _office.FindService(text);
        }

        // The whole fragment first ("akta kelahiran"), then each word of it ("sosial" of "layanan sosial dong").
        foreach (var fragment in (string[])[text, .. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3)])
        {
            var matches = _office.Services
                .Where(s => s.Name.Contains(fragment, StringComparison.OrdinalIgnoreCase) || s.NameEn.Contains(fragment, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (matches.Count == 1)
            {
                return matches[0];
            }
        }

        return null;
    }

    private string ServiceName(string code) => _office.FindService(code)?.Name ?? code;

    private static ComplaintStatusName NameOf(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Terkirim => ComplaintStatusName.Forwarded,
        ComplaintStatus.Diverifikasi => ComplaintStatusName.Verified,
        ComplaintStatus.Diproses => ComplaintStatusName.InProgress,
        ComplaintStatus.Selesai => ComplaintStatusName.Done,
        ComplaintStatus.Ditolak => ComplaintStatusName.Rejected,
        _ => ComplaintStatusName.Received,
    };
}
