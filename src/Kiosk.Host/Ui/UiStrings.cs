using System.Collections.Frozen;

namespace Kiosk.Host.Ui;

/// <summary>The screen's words, one JSON file per language, embedded in the assembly (Ui/Strings/strings.{lang}.json).</summary>
public static class UiStrings
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Languages = [Indonesian, English];

    private static readonly FrozenDictionary<string, byte[]> Files = Languages.ToFrozenDictionary(lang => lang, Load, StringComparer.Ordinal);

    /// <summary>The raw JSON for <paramref name="language"/>, or null for a language the kiosk does not speak.</summary>
    public static byte[]? Json(string language) =>
        Files.TryGetValue((language ?? "").ToLowerInvariant(), out var json) ? json : null;

    private static byte[] Load(string language)
    {
        var name = $"Kiosk.Host.Ui.Strings.strings.{language}.json";
        using var stream = typeof(UiStrings).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The UI strings resource {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
