using System.Text;
using Kiosk.Core.Configuration;
using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Admin;
using Kiosk.Host.Gpio;
using Kiosk.Host.Printing;
using Kiosk.Host.Sms;
using Kiosk.Host.Sync;
using Kiosk.Host.Ui;
using Kiosk.Host.Voice;

namespace Kiosk.Host.Composition;

/// <summary>
/// The one list of settings sections and their validators. Each feature's <c>AddX</c> registers its
/// section from here (<c>IValidateOptions</c> + <c>ValidateOnStart</c>); the service at start, and
/// <c>kiosk provision</c> and <c>kiosk doctor</c>, call <see cref="Validate"/>: the same checks for
/// every section, plus a refusal of keys no section knows.
/// </summary>
public static class KioskValidation
{
    public const string Root = KioskOptions.SectionName;

    public static readonly OptionsSection<KioskOptions> Kiosk = new(KioskOptions.SectionName, o => o.Validate());

    public static readonly OptionsSection<OfficeOptions> Office = new(OfficeOptions.SectionName, OfficeOptionsValidator.Validate);

    public static readonly OptionsSection<PrinterOptions> Printer = new(
        PrinterOptions.SectionName,
        CheckPrinter,
        [PrintingSetup.VirtualConditionRelativeKey],
        s => PrintingSetup.CheckCondition(s[PrintingSetup.VirtualConditionRelativeKey]));

    public static readonly OptionsSection<UpstreamOptions> Upstream = new(UpstreamOptions.SectionName, o => Lines(new UpstreamOptionsValidator().Validate(null, o).Failures));

    public static readonly OptionsSection<ModemOptions> Modem = new(ModemOptions.SectionName, o => Lines(o.Validate()));

    public static readonly OptionsSection<SmsOptions> Sms = new(SmsOptions.SectionName, o => Lines(o.Validate()));

    public static readonly OptionsSection<GpioOptions> Gpio = new(GpioOptions.SectionName, o => Lines(GpioOptionsValidator.Check(o)));

    public static readonly OptionsSection<UiOptions> Ui = new(UiOptions.SectionName, o => o.Validate());

    public static readonly OptionsSection<AdminOptions> Admin = new(AdminOptions.SectionName, o => o.Validate());

    public static readonly OptionsSection<PowerOptions> Power = new(PowerOptions.SectionName, o => o.Validate());

    public static readonly OptionsSection<VoiceOptions> Voice = new(VoiceOptions.SectionName, o => o.Validate());

    public static readonly OptionsSection<Counters.StaffOptions> Staff = new(Counters.StaffOptions.SectionName, o => o.Validate());

    /// <summary>Every section, in the order problems are reported.</summary>
    public static IReadOnlyList<IOptionsSection> Sections { get; } = [Kiosk, Office, Printer, Upstream, Modem, Sms, Gpio, Ui, Admin, Power, Staff, Voice];

    /// <summary>Names people reach for that edit distance would not guess (the CLI flag is <c>--modem-port</c>).</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Kiosk:Modem:Port"] = "Kiosk:Modem:Device",
        ["Kiosk:Modem:Baud"] = "Kiosk:Modem:BaudRate",
        ["Kiosk:Printer:Baud"] = "Kiosk:Printer:BaudRate",
    };

    /// <summary>Every problem of a configuration: unknown keys, unreadable values, and each section's validator.</summary>
    public static IReadOnlyList<ConfigurationProblem> Validate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<ConfigurationProblem>(UnknownKeys(configuration));
        foreach (var section in Sections)
        {
            problems.AddRange(section.Validate(configuration));
        }

        return problems;
    }

    /// <summary>Keys under <c>Kiosk</c> that no section binds, each with the nearest known key.</summary>
    public static IEnumerable<ConfigurationProblem> UnknownKeys(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var known = Sections.SelectMany(s => s.Keys.Patterns).ToList();
        // An empty JSON object or list is a key with a null value; only values can be wrong.
        foreach (var (key, value) in configuration.GetSection(Root).AsEnumerable().OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            if (value is null || Sections.Any(s => s.Keys.LeafType(key) is not null))
            {
                continue;
            }

            yield return new ConfigurationProblem(key, $"unknown setting; did you mean {Nearest(key, known)}?");
        }
    }

    /// <summary>The known key closest to <paramref name="key"/> by edit distance, with the key's own list indices.</summary>
    public static string Nearest(string key, IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(patterns);
        if (Aliases.TryGetValue(key, out var alias))
        {
            return alias;
        }

        var segments = SettingKeys.Split(key);
        var normalized = string.Join(':', segments.Select(s => s.Length > 0 && s.All(char.IsAsciiDigit) ? "*" : s));
        var best = patterns.MinBy(p => Distance(normalized.ToUpperInvariant(), p.ToUpperInvariant())) ?? Root;
        var pattern = SettingKeys.Split(best);
        var text = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            text.Append(i == 0 ? "" : ":").Append(pattern[i] == "*" ? (i < segments.Length && segments[i].All(char.IsAsciiDigit) && segments[i].Length > 0 ? segments[i] : "0") : pattern[i]);
        }

        return text.ToString();
    }

    /// <summary>Levenshtein distance.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Validators that give <c>Key: reason</c> lines, as problems.</summary>
    private static IEnumerable<ConfigurationProblem> Lines(IEnumerable<string>? lines) =>
        (lines ?? []).Select(line => line.IndexOf(": ", StringComparison.Ordinal) is var split and > 0
            ? new ConfigurationProblem(line[..split], line[(split + 2)..])
            : new ConfigurationProblem(Root, line));

    /// <summary>The printer's own check stops at its first problem; that one is reported.</summary>
    private static IEnumerable<ConfigurationProblem> CheckPrinter(PrinterOptions options)
    {
        try
        {
            options.Validate();
        }
        catch (PrinterConfigurationException e)
        {
            return [new ConfigurationProblem(e.Key, e.Reason)];
        }

        return [];
    }
}
