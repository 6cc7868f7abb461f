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
        _ => state.ToString(),
    };

    /// <summary>The API's name: waiting, called, served, no_show, cancelled.</summary>
    public static string Api(TicketState state) => state switch
    {
        TicketState.NoShow => "no_show",
        _ => state.ToString().ToLowerInvariant(),
    };
}
