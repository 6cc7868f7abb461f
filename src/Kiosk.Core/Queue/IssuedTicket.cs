namespace Kiosk.Core.Queue;

/// <summary>A ticket as just issued, with what the resident is told: people ahead and the wait.</summary>
public sealed record IssuedTicket(Ticket Ticket, int PeopleAhead, int EstimatedWaitMinutes);
