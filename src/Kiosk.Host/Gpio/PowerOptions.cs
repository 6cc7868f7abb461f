using Kiosk.Core.Configuration;

namespace Kiosk.Host.Gpio;

/// <summary><c>Kiosk:Power</c>: how the machine is powered off when the UPS runs low.</summary>
public sealed class PowerOptions
{
    public const string SectionName = "Kiosk:Power";

    /// <summary>The command run after the service stops; <c>systemctl poweroff</c> when unset.</summary>
    public string? PoweroffCommand { get; set; }

    /// <summary>Problems with these settings, each with its full key; empty when usable.</summary>
    public IReadOnlyList<ConfigurationProblem> Validate() =>
        PoweroffCommand is not null && string.IsNullOrWhiteSpace(PoweroffCommand)
            ? [new($"{SectionName}:{nameof(PoweroffCommand)}", "is empty; leave it out for systemctl poweroff")]
            : [];
}
