namespace Kiosk.Core.Queue;

/// <summary>
/// A ticket's whole public state as an event payload: what upstream receives with every ticket
/// event, and what the store reads a ticket back from. The phone is not in it (it never leaves the
/// kiosk; the store keeps it beside the event).
/// </summary>
public sealed record TicketSnapshot(
    string Code,
    string ServiceDay,
    string Service,
    int Number,
    Priority Priority,
    Channel Channel,
    TicketState State,
    DateTimeOffset IssuedAt,
    DateTimeOffset? CalledAt,
    string? Counter,
    int CallSequence,
    DateTimeOffset? FinishedAt)
{
    public static TicketSnapshot Of(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new(ticket.Code, ticket.ServiceDay, ticket.Service, ticket.Number, ticket.Priority, ticket.Channel, ticket.State, ticket.IssuedAt, ticket.CalledAt, ticket.Counter, ticket.CallSequence, ticket.FinishedAt);
    }

    public Ticket ToTicket(string id, int version, string? phone) => new()
    {
        Id = id,
        ServiceDay = ServiceDay,
        Code = Code,
        Service = Service,
        Number = Number,
        Priority = Priority,
        Channel = Channel,
        Phone = phone,
        State = State,
        IssuedAt = IssuedAt,
        CalledAt = CalledAt,
        Counter = Counter,
        CallSequence = CallSequence,
        FinishedAt = FinishedAt,
        Version = version,
    };
}
