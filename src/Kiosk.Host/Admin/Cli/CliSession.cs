using System.Text.Json;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// What one CLI run works with: its streams and environment (given, so tests run it in-process),
/// the language, whether to colour, and the kiosk's configuration as the service would read it.
/// </summary>
public sealed class CliSession
{
    private IConfigurationRoot? _configuration;
    private bool? _configNotPermitted;

    public CliSession(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment, TextReader? input = null, bool interactive = false, bool outputIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);
        Output = output;
        Error = error;
        Environment = environment;
        Input = input ?? TextReader.Null;
        Interactive = interactive;
        Texts = CliTexts.For(environment);
        Colour = outputIsTerminal && !environment.ContainsKey("NO_COLOR");
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public TextReader Input { get; }

    public IReadOnlyDictionary<string, string?> Environment { get; }

    public CliTexts Texts { get; }

    /// <summary>True when stdin is a terminal: provision may ask for what its flags lack.</summary>
    public bool Interactive { get; }

    /// <summary>ANSI colour only on a terminal and when <c>NO_COLOR</c> is unset (no-color.org).</summary>
    public bool Colour { get; }

    /// <summary>The file the service reads after appsettings.json: <c>$KIOSK_CONFIG</c> or /etc/kiosk/kiosk.json.</summary>
    public string ConfigFile => KioskConfigFile.Resolve(Environment.GetValueOrDefault(KioskConfigFile.PathVariable));

    /// <summary>appsettings.json, the config file, then <c>Kiosk__...</c> environment variables: as the service layers them.</summary>
    public IConfigurationRoot Configuration => _configuration ??= BuildConfiguration(ConfigFile);

    /// <summary>
    /// True when this user may not read the config file (a kiosk-admin member without sudo: the file
    /// is root:kiosk 0640 in a root:kiosk 0750 folder, it holds the token). Read commands then use the
    /// device's layout: the admin socket in /run/kiosk and the data in /var/lib/kiosk.
    /// </summary>
    public bool ConfigNotPermitted => _configNotPermitted ??= ReadableFile.Of(ConfigFile) == ReadableFileState.NotPermitted;

    public string DataDirectory => Path.GetFullPath(
        Configuration["Kiosk:DataDirectory"] ?? (ConfigNotPermitted && ConfigFile == KioskConfigFile.DefaultPath ? KioskConfigFile.DeviceDataDirectory : "./var"),
        Directory.GetCurrentDirectory());

    public string SocketPath => ConfigNotPermitted && ConfigFile == KioskConfigFile.DefaultPath && string.IsNullOrWhiteSpace(Configuration[$"{AdminOptions.SectionName}:Socket"])
        ? AdminOptions.DeviceSocket
        : AdminOptions.ResolveSocket(Configuration, DataDirectory);

    public bool ServiceRunning => UnixSocketFile.Answers(SocketPath);

    public IConfigurationRoot BuildConfiguration(string configFile)
    {
        var builder = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        if (ReadableFile.Of(configFile) != ReadableFileState.NotPermitted)
        {
            KioskConfigFile.AddTo(builder, configFile);
        }

        builder.AddInMemoryCollection(Environment
            .Where(e => e.Key.Contains("__", StringComparison.Ordinal))
            .Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)));
        try
        {
            return builder.Build();
        }
        catch (InvalidDataException e)
        {
            throw KioskConfigFile.Unreadable(configFile, e);
        }
    }

    /// <summary>A client on the admin socket, or exit 3 when the service does not answer.</summary>
    public AdminClient RequireService()
    {
        var socket = SocketPath;
        return UnixSocketFile.Answers(socket) ? new AdminClient(socket) : throw CliException.NotRunning(Texts.Format(CliText.ServiceNotRunning, socket));
    }

    public string Paint(string text, ConsoleColor colour) => !Colour ? text : colour switch
    {
        ConsoleColor.Green => $"\u001b[32m{text}\u001b[0m",
        ConsoleColor.Yellow => $"\u001b[33m{text}\u001b[0m",
        ConsoleColor.Red => $"\u001b[31m{text}\u001b[0m",
        _ => $"\u001b[1m{text}\u001b[0m",
    };

    /// <summary>A JSON answer as aligned "name  value" lines; nested objects and lists indented.</summary>
    public void WriteRecord(JsonElement element, string indent = "")
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Output.WriteLine(indent + Scalar(element));
            return;
        }

        var width = element.EnumerateObject().Select(p => p.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Output.WriteLine($"{indent}{Paint(property.Name, ConsoleColor.White)}");
                    WriteRecord(property.Value, indent + "  ");
                    break;
                case JsonValueKind.Array:
                    Output.WriteLine($"{indent}{Paint(property.Name, ConsoleColor.White)}");
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        Output.WriteLine(indent + "  - " + (item.ValueKind == JsonValueKind.Object
                            ? string.Join("  ", item.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => Scalar(p.Value)))
                            : Scalar(item)));
                    }

                    break;
                default:
                    Output.WriteLine($"{indent}{Paint(property.Name.PadRight(width), ConsoleColor.White)}  {Scalar(property.Value)}");
                    break;
            }
        }
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "-",
        _ => value.GetRawText(),
    };
}
