namespace Kiosk.Core.Queue;

/// <summary>waiting → called → served | no_show; waiting → cancelled.</summary>
public enum TicketState
{
    Waiting,
    Called,
    Served,
    NoShow,
    Cancelled,
}
