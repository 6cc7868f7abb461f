namespace Kiosk.Core.Configuration;

/// <summary>Indonesia's three time zones and how citizens name them.</summary>
public static class OfficeZones
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["Asia/Jakarta"] = "WIB",
        ["Asia/Pontianak"] = "WIB",
        ["Asia/Makassar"] = "WITA",
        ["Asia/Jayapura"] = "WIT",
    };

    public static IReadOnlyCollection<string> Supported => Abbreviations.Keys;

    public static bool IsSupported(string ianaId) => Abbreviations.ContainsKey(ianaId);

    /// <summary>WIB, WITA or WIT for a supported zone.</summary>
    public static string AbbreviationOf(string ianaId) =>
        Abbreviations.TryGetValue(ianaId, out var abbreviation)
            ? abbreviation
            : throw new ArgumentException($"'{ianaId}' is not an Indonesian time zone.", nameof(ianaId));
}
