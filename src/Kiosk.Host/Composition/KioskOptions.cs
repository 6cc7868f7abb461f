namespace Kiosk.Host.Composition;

/// <summary>Top-level settings under <c>Kiosk</c>.</summary>
public sealed class KioskOptions
{
    public const string SectionName = "Kiosk";

    /// <summary>Where kiosk.db, printed tickets and logs live. Relative paths are from the working directory.</summary>
    public string DataDirectory { get; set; } = "./var";
}
