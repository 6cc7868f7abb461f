using Kiosk.Core.Queue;

namespace Kiosk.Host.Queue;

/// <summary>Priority as the API spells it: none, lansia, disabilitas, ibu_hamil.</summary>
public static class PriorityNames
{
    public static string Api(Priority priority) => PriorityWireNames.Wire.ToWire(priority);

    /// <summary>Absent, empty or "none" is no priority; unknown words are refused.</summary>
    public static bool TryParse(string? text, out Priority priority)
    {
        var key = (text ?? "").Trim().ToLowerInvariant().Replace(" ", "_", StringComparison.Ordinal).Replace("-", "_", StringComparison.Ordinal);
        priority = key switch
        {
            "" or "none" or "tidak" => Priority.None,
            "lansia" or "elderly" => Priority.Lansia,
            "disabilitas" or "disability" => Priority.Disabilitas,
            "ibu_hamil" or "ibuhamil" or "pregnant" => Priority.IbuHamil,
            _ => (Priority)(-1),
        };
        return Enum.IsDefined(priority);
    }
}
