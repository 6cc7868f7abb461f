using System.Globalization;

namespace Kiosk.Core.Sms.Replies;

/// <summary>
/// Every fixed SMS reply, filled from plain values. Each value is cleaned to one-septet GSM-7 characters
/// and cut to its <see cref="ReplyFieldLimits"/>, so every reply fits one 160-character segment.
/// A status reply has no slot for personal data (name, NIK, phone, complaint text), and long digit runs in
/// an upstream note are masked.
/// </summary>
public sealed class SmsReplies
{
    private readonly IReplyTemplates _templates;
    private readonly TimeZoneInfo _officeTimeZone;
    private readonly string _officeName;

    public SmsReplies(Language language, TimeZoneInfo officeTimeZone, string officeName)
    {
        ArgumentNullException.ThrowIfNull(officeTimeZone);
        ArgumentNullException.ThrowIfNull(officeName);
        _templates = language switch
        {
            Language.Id => new IndonesianReplyTemplates(),
            Language.En => new EnglishReplyTemplates(),
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
        };
        Language = language;
        _officeTimeZone = officeTimeZone;
        _officeName = ReplyText.Clean(officeName, ReplyFieldLimits.OfficeName);
    }

    public Language Language { get; }

    /// <summary>The same replies for the same office in <paramref name="language"/>: a citizen who wrote English is answered in English.</summary>
    public SmsReplies In(Language language) =>
        language == Language ? this : new SmsReplies(language, _officeTimeZone, _officeName);

    /// <summary>The menu: CEK, ADU, ANTRI and BATAL with an example each (INFO, BANTUAN, HELP, ?).</summary>
    public string Help() => _templates.Help();

    /// <summary>For a message the grammar did not understand: short menu and a pointer to INFO.</summary>
    public string Unrecognised() => _templates.Unrecognised();

    /// <summary>The Indonesian (or English) word for a status: DITERIMA, TERKIRIM, ...</summary>
    public string StatusName(ComplaintStatusName status) => _templates.StatusName(status);

    /// <summary>
    /// <c>Aduan K7M2-9QXD-3: DIPROSES sejak 23/11/2026 14.05 WIT. Ket: ...</c> — the note is cut to what is
    /// left of the segment and left out when too little is left.
    /// </summary>
    public string ComplaintStatus(string trackingCode, ComplaintStatusName status, DateTimeOffset changedAt, string? publicNote = null)
    {
        var head = _templates.ComplaintStatus(
            ReplyText.GroupCode(trackingCode),
            _templates.StatusName(status),
            OfficeTimeZone.Format(_officeTimeZone, changedAt));
        var room = ReplyFieldLimits.SegmentLength - head.Length - _templates.NoteLabel.Length;
        var note = ReplyText.Clean(ReplyText.MaskLongNumbers(publicNote ?? string.Empty), room);
        return note.Length < ReplyFieldLimits.MinNote ? head : head + _templates.NoteLabel + note;
    }

    /// <summary><c>CEK</c> without a code.</summary>
    public string CodeMissing() => _templates.CodeMissing();

    /// <summary>
    /// A code with the wrong shape or a wrong check character: "kode salah ketik, periksa lagi", quoting
    /// what the citizen typed (cleaned and cut, not regrouped: it is their text, not a code).
    /// </summary>
    public string CodeMistyped(string typed)
    {
        var quoted = ReplyText.Clean(typed, ReplyFieldLimits.TypedCode);
        return _templates.CodeMistyped(quoted.Length == 0 ? "-" : quoted);
    }

    /// <summary>A well-formed code that no complaint here carries.</summary>
    public string CodeNotFound(string code) => _templates.CodeNotFound(Code(code));

    public string ComplaintReceived(string trackingCode) => _templates.ComplaintReceived(ReplyText.GroupCode(trackingCode));

    public string ComplaintTooShort(int minLength) => _templates.ComplaintTooShort(ReplyText.Length(minLength));

    public string ComplaintTooLong(int maxLength) => _templates.ComplaintTooLong(ReplyText.Length(maxLength));

    /// <summary>A remote ticket was issued; the citizen gets another SMS when <paramref name="notifyWhenAhead"/> are left.</summary>
    public string QueueTicketTaken(string ticketCode, string serviceName, int peopleAhead, TimeSpan estimatedWait, int notifyWhenAhead = 3) =>
        peopleAhead <= 0 ? Next(ticketCode, serviceName) : _templates.QueueTicketTaken(
            ReplyText.Ticket(ticketCode),
            Service(serviceName),
            _officeName,
            ReplyText.Count(peopleAhead),
            _templates.Wait(estimatedWait),
            ReplyText.Count(notifyWhenAhead));

    /// <summary>The answer to <c>CEK A-017</c> while the ticket waits.</summary>
    public string TicketWaiting(string ticketCode, string serviceName, int peopleAhead, TimeSpan estimatedWait) =>
        peopleAhead <= 0 ? Next(ticketCode, serviceName) : _templates.TicketWaiting(ReplyText.Ticket(ticketCode), Service(serviceName), ReplyText.Count(peopleAhead), _templates.Wait(estimatedWait));

    /// <summary>The answer to <c>CEK A-017</c> once the ticket was called or served.</summary>
    public string TicketCalled(string ticketCode) => _templates.TicketCalled(ReplyText.Ticket(ticketCode));

    /// <summary>The answer to <c>CEK A-017</c> when there is no such ticket today.</summary>
    public string TicketNotFound(string ticketCode) => _templates.TicketNotFound(ReplyText.Ticket(ticketCode));

    /// <summary>The notification when few people are left before the citizen's turn.</summary>
    public string TurnNear(string ticketCode, string serviceName, int peopleAhead) =>
        peopleAhead <= 0 ? Next(ticketCode, serviceName) : _templates.TurnNear(ReplyText.Ticket(ticketCode), Service(serviceName), _officeName, ReplyText.Count(peopleAhead));

    /// <summary>The notice when a ticket is called to a counter: "Nomor A-007 dipanggil ke Loket 1".</summary>
    public string Called(string ticketCode, string counterName) =>
        _templates.Called(ReplyText.Ticket(ticketCode), ReplyText.Clean(counterName, ReplyFieldLimits.OfficeName));

    /// <summary>
    /// <c>ANTRI</c> with a service that matches nothing (or none): lists the letters, with names when they fit;
    /// says the SMS queue is not open when the office offers no service by SMS.
    /// </summary>
    public string UnknownService(IReadOnlyList<ServiceChoice> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var letters = services
            .Where(service => char.IsAsciiLetter(service.Letter))
            .DistinctBy(service => char.ToUpperInvariant(service.Letter))
            .ToList();
        if (letters.Count == 0)
        {
            return _templates.NoServices();
        }

        var example = char.ToUpperInvariant(letters[0].Letter).ToString(CultureInfo.InvariantCulture);
        string reply = string.Empty;
        foreach (var nameLength in (int[])[ReplyFieldLimits.ServiceName, 12, 8, 0])
        {
            var choices = string.Join(", ", letters.Select(service => Choice(service, nameLength)));
            reply = _templates.UnknownService(choices, example);
            if (reply.Length <= ReplyFieldLimits.SegmentLength)
            {
                break;
            }
        }

        return reply;
    }

    public string TicketCancelled(string ticketCode) => _templates.TicketCancelled(ReplyText.Ticket(ticketCode));

    public string CancelRefused(string ticketCode, CancelRefusal reason) => _templates.CancelRefused(ReplyText.Ticket(ticketCode), reason);

    /// <summary>A message of more parts than the gateway takes: nothing of it was acted on.</summary>
    public string MessageTooLong(int maxParts) => _templates.MessageTooLong(ReplyText.Length(maxParts));

    public string DailyLimitReached() => _templates.DailyLimitReached();

    public string OutOfService() => _templates.OutOfService();

    private static string Code(string code)
    {
        var grouped = ReplyText.GroupCode(code);
        return grouped.Length == 0 ? "-" : grouped;
    }

    /// <summary>"Giliran Anda berikutnya" rather than "0 orang di depan Anda".</summary>
    private string Next(string ticketCode, string serviceName) =>
        _templates.TicketNext(ReplyText.Ticket(ticketCode), Service(serviceName), _officeName);

    /// <summary>A service name, cut between words (never mid-word) when it is longer than its field.</summary>
    private static string Service(string serviceName) => ReplyText.CleanWords(serviceName, ReplyFieldLimits.ServiceName);

    private static string Choice(ServiceChoice service, int nameLength)
    {
        var letter = char.ToUpperInvariant(service.Letter).ToString(CultureInfo.InvariantCulture);
        var name = ReplyText.CleanWords(service.Name, nameLength);
        return name.Length == 0 ? letter : $"{letter} {name}";
    }
}
