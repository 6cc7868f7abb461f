using Kiosk.Core.Configuration;

namespace Kiosk.Host.Composition;

/// <summary>Top-level settings under <c>Kiosk</c>.</summary>
public sealed class KioskOptions
{
    public const string SectionName = "Kiosk";

    /// <summary>Where kiosk.db, printed tickets and logs live. Relative paths are from the working directory.</summary>
    public string DataDirectory { get; set; } = "./var";

    /// <summary>Problems with these settings, each with its full key; whether the directory can be written is the store's to say.</summary>
    public IReadOnlyList<ConfigurationProblem> Validate() =>
        string.IsNullOrWhiteSpace(DataDirectory)
            ? [new($"{SectionName}:{nameof(DataDirectory)}", "is required (where kiosk.db lives)")]
            : [];
}
