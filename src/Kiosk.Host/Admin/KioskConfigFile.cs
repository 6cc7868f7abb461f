using System.Text.Json;
using Kiosk.Host.Composition;
using Microsoft.Extensions.Configuration.Json;

namespace Kiosk.Host.Admin;

/// <summary>
/// The device's own settings, <c>/etc/kiosk/kiosk.json</c> (written by <c>kiosk provision</c>),
/// layered after appsettings.json and before environment variables and the command line.
/// </summary>
public static class KioskConfigFile
{
    public const string DefaultPath = "/etc/kiosk/kiosk.json";

    /// <summary>The data directory of an installed device (the unit's <c>Kiosk__DataDirectory</c>, install.sh's default kiosk.json).</summary>
    public const string DeviceDataDirectory = "/var/lib/kiosk";

    /// <summary>Environment variable (or configuration key) that points elsewhere, for tests and staging.</summary>
    public const string PathVariable = "KIOSK_CONFIG";

    public static string Resolve(string? overridePath) =>
        string.IsNullOrWhiteSpace(overridePath) ? DefaultPath : Path.GetFullPath(overridePath);

    /// <summary>
    /// Inserts the file right after the appsettings*.json sources. The file is optional (a device not
    /// yet provisioned runs the embedded sample office); one that cannot be parsed throws
    /// <see cref="StartupConfigurationException"/> naming the file, line and position. A list the file sets (villages,
    /// services, categories) replaces the appsettings list whole: configuration merges lists index by
    /// index, so without this a device with three villages would keep the sample office's fourth to eighth.
    /// </summary>
    public static void AddTo(IConfigurationBuilder configuration, string path)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var sources = configuration.Sources;
        var lists = ListKeys(path);
        var last = -1;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: { } p } json && Path.GetFileName(p).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                if (lists.Count > 0)
                {
                    sources[i] = new ShadowedConfigurationSource(json, lists);
                }

                last = i;
            }
        }

        var file = new ConfigurationBuilder().AddJsonFile(path, optional: true, reloadOnChange: false).Sources[0];
        try
        {
            // A ConfigurationManager loads the file here; a ConfigurationBuilder at Build (see Unreadable).
            sources.Insert(last + 1, file);
        }
        catch (InvalidDataException e)
        {
            throw Unreadable(path, e);
        }
    }

    /// <summary>The file's parse error as one configuration problem: <c>/etc/kiosk/kiosk.json: not valid JSON: ...</c>.</summary>
    public static StartupConfigurationException Unreadable(string path, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var cause = error is InvalidDataException { InnerException: { } inner } ? inner : error;
        return new StartupConfigurationException([$"{path}: not valid JSON: {cause.Message}"]);
    }

    /// <summary>The configuration keys of every JSON array in the file (<c>Kiosk:Office:Villages</c>), none when it is absent.</summary>
    public static IReadOnlyList<string> ListKeys(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var keys = new List<string>();
            Walk(document.RootElement, "", keys);
            return keys;
        }
        catch (JsonException e)
        {
            throw Unreadable(path, e);
        }
    }

    private static void Walk(JsonElement element, string prefix, List<string> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}", keys);
                }

                break;
            case JsonValueKind.Array:
                keys.Add(prefix);
                break;
        }
    }
}
