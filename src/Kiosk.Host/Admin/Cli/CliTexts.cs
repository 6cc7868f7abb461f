using System.Globalization;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// The CLI's words in one language. <see cref="EnglishCliTexts"/> is the default for technicians;
/// <see cref="IndonesianCliTexts"/> is chosen by <c>LANG=id_ID...</c>. A key one language lacks
/// falls back to English.
/// </summary>
public abstract class CliTexts
{
    protected abstract IReadOnlyDictionary<CliText, string> Strings { get; }

    public string this[CliText key] =>
        Strings.TryGetValue(key, out var text) ? text : EnglishCliTexts.Instance.Strings[key];

    public string Format(CliText key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>Indonesian when <c>LC_ALL</c>, <c>LC_MESSAGES</c> or <c>LANG</c> (first set wins) starts with <c>id</c>.</summary>
    public static CliTexts For(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var locale = new[] { "LC_ALL", "LC_MESSAGES", "LANG" }
            .Select(k => environment.TryGetValue(k, out var v) ? v : null)
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
        return locale is not null && (locale.StartsWith("id_", StringComparison.OrdinalIgnoreCase) || locale.Equals("id", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("id.", StringComparison.OrdinalIgnoreCase))
            ? IndonesianCliTexts.Instance
            : EnglishCliTexts.Instance;
    }
}
