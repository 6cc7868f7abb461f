namespace Kiosk.Core.Queue;

/// <summary>How a ticket's state reads to a resident and in the API.</summary>
public static class TicketStateNames
{
    public static string Indonesian(TicketState state) => state switch
    {
        TicketState.Waiting => "MENUNGGU",
        TicketState.Called => "DIPANGGIL",
        TicketState.Served => "SELESAI",
        TicketState.NoShow => "TIDAK HADIR",
        TicketState.Cancelled => "DIBATALKAN",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a ticket state."),
    };

    /// <summary>The wire name, in the API and in sync payloads: waiting, called, served, no_show, cancelled.</summary>
    public static WireNames<TicketState> Wire { get; } = new(
        (TicketState.Waiting, "waiting"),
        (TicketState.Called, "called"),
        (TicketState.Served, "served"),
        (TicketState.NoShow, "no_show"),
        (TicketState.Cancelled, "cancelled"));

    public static string Api(TicketState state) => Wire.ToWire(state);
}
