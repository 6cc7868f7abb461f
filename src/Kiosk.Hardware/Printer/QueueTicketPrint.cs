namespace Kiosk.Hardware.Printer;

/// <summary>What a queue ticket shows; the host maps its queue ticket to this.</summary>
/// <remarks>
/// IssuedAtLocal is the issue time in the office's local time (its offset is the office's);
/// SmsNumber is the kiosk's own number that answers <c>CEK</c>.
/// </remarks>
public sealed record QueueTicketPrint(
    string OfficeName,
    string ServiceName,
    string TicketCode,
    DateTimeOffset IssuedAtLocal,
    IndonesianTimeZone Zone,
    int PeopleAhead,
    int EstimatedWaitMinutes,
    string SmsNumber,
    bool IsPriority = false,
    bool IsReprint = false);
