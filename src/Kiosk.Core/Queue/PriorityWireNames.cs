namespace Kiosk.Core.Queue;

/// <summary>Priority on the wire (API answers and sync payloads): none, lansia, disabilitas, ibu_hamil.</summary>
public static class PriorityWireNames
{
    public static WireNames<Priority> Wire { get; } = new(
        (Priority.None, "none"),
        (Priority.Lansia, "lansia"),
        (Priority.Disabilitas, "disabilitas"),
        (Priority.IbuHamil, "ibu_hamil"));
}
