using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kiosk.Host.Sync;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// <c>kiosk provision</c> on a terminal: asks for each setting its flags did not give, in Indonesian
/// (English when <c>LANG</c> starts with <c>en</c>), and checks each answer as it is given with the
/// service's own validators (<see cref="Composition.KioskValidation"/>), asking again with the
/// reason. Enter keeps the value shown in brackets. The token is not echoed on a terminal.
/// </summary>
public static class ProvisionInterview
{
    private const string UpstreamUrl = $"{UpstreamOptions.SectionName}:Url";

    /// <summary>The question's key, its text, and how an answer becomes settings (key → value; null removes).</summary>
    private sealed record Question(string Key, CliText Text, Func<string, IReadOnlyList<(string Key, JsonNode? Value)>> Settings, bool Secret = false, string? Shown = null);

    private static readonly Question[] Questions =
    [
        new("Kiosk:Office:Name", CliText.AskOfficeName, a => [("Kiosk:Office:Name", a)]),
        new("Kiosk:Office:SiteCode", CliText.AskSiteCode, a => [("Kiosk:Office:SiteCode", a)]),
        new("Kiosk:Office:Villages", CliText.AskVillages, a => [("Kiosk:Office:Villages", new JsonArray([.. a.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => JsonValue.Create(v))]))]),
        new("Kiosk:Modem", CliText.AskModem, Modem, Shown: "Kiosk:Modem:Device"),
        new("Kiosk:Printer", CliText.AskPrinter, Printer, Shown: "Kiosk:Printer:Device"),
        new(UpstreamUrl, CliText.AskUpstreamUrl, a => [(UpstreamUrl, a.Length == 0 || a == "-" ? null : a)]),
        new($"{UpstreamOptions.SectionName}:DeviceId", CliText.AskDeviceId, a => [($"{UpstreamOptions.SectionName}:DeviceId", a)]),
        new($"{UpstreamOptions.SectionName}:Token", CliText.AskToken, a => [($"{UpstreamOptions.SectionName}:Token", a)], Secret: true),
    ];

    /// <summary>The language of the questions: Indonesian unless <c>LC_ALL</c>/<c>LC_MESSAGES</c>/<c>LANG</c> starts with <c>en</c>.</summary>
    public static CliTexts Language(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var locale = new[] { "LC_ALL", "LC_MESSAGES", "LANG" }
            .Select(k => environment.GetValueOrDefault(k))
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? EnglishCliTexts.Instance : IndonesianCliTexts.Instance;
    }

    /// <summary>Asks every question whose key is not in <paramref name="given"/>, setting the answers in <paramref name="root"/>.</summary>
    public static async Task AskAsync(CliSession session, JsonObject root, IReadOnlySet<string> given, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(given);
        var t = Language(session.Environment);
        await session.Output.WriteLineAsync(t[CliText.AskIntro]);
        foreach (var question in Questions)
        {
            if (given.Contains(question.Key))
            {
                continue;
            }

            // No upstream: the device id and token have nothing to be for.
            if (question.Key.StartsWith(UpstreamOptions.SectionName, StringComparison.Ordinal) && question.Key != UpstreamUrl && ProvisionCommand.GetPath(root, UpstreamUrl) is null)
            {
                continue;
            }

            while (true)
            {
                var current = ProvisionCommand.GetPath(root, question.Shown ?? question.Key);
                var shown = current switch
                {
                    null => "",
                    _ when question.Secret => " [****]",
                    JsonArray list => $" [{string.Join(", ", list.Select(v => v?.GetValue<string>()))}]",
                    _ => $" [{current.GetValue<string>()}]",
                };
                await session.Output.WriteAsync($"{t[question.Text]}{shown}: ");
                await session.Output.FlushAsync(ct);
                var line = question.Secret ? ReadSecret(session) : await session.Input.ReadLineAsync(ct);
                if (question.Secret)
                {
                    await session.Output.WriteLineAsync();
                }

                var answer = line?.Trim();
                if (string.IsNullOrEmpty(answer) && (current is not null || line is null))
                {
                    break; // Enter keeps what is there; the end of the input ends the interview.
                }

                var candidate = (JsonObject)root.DeepClone();
                foreach (var (key, value) in question.Settings(answer ?? ""))
                {
                    ProvisionCommand.SetPath(candidate, key, value);
                }

                var problems = Problems(session, candidate, question.Key);
                if (problems.Count == 0)
                {
                    foreach (var (key, value) in question.Settings(answer ?? ""))
                    {
                        ProvisionCommand.SetPath(root, key, value?.DeepClone());
                    }

                    break;
                }

                foreach (var problem in problems)
                {
                    await session.Output.WriteLineAsync("  " + t.Format(CliText.AskAgain, problem.Reason));
                }
            }
        }
    }

    /// <summary>The validators' problems with <paramref name="key"/> (and keys under it) when <paramref name="candidate"/> were the file.</summary>
    private static List<Core.Configuration.ConfigurationProblem> Problems(CliSession session, JsonObject candidate, string key)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kiosk-provision-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(file, create))
            using (var writer = new Utf8JsonWriter(stream))
            {
                candidate.WriteTo(writer);
            }

            return [.. ConfigurationCheck.Validate(session.BuildConfiguration(file))
                .Where(p => p.Key == key || p.Key.StartsWith(key + ":", StringComparison.Ordinal))];
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A device path is a serial modem; <c>none</c> turns SMS off.</summary>
    private static IReadOnlyList<(string, JsonNode?)> Modem(string answer) =>
        answer.Equals("none", StringComparison.OrdinalIgnoreCase) || answer == "-"
            ? [("Kiosk:Modem:Transport", "none"), ("Kiosk:Modem:Device", null)]
            : [("Kiosk:Modem:Transport", "serial"), ("Kiosk:Modem:Device", answer)];

    /// <summary>/dev/usb/lp0 is USB, /dev/tty* serial, a host name or address TCP, <c>virtual</c> the virtual printer.</summary>
    private static IReadOnlyList<(string, JsonNode?)> Printer(string answer) => answer switch
    {
        _ when answer.Equals("virtual", StringComparison.OrdinalIgnoreCase) => [("Kiosk:Printer:Transport", "virtual"), ("Kiosk:Printer:Device", null), ("Kiosk:Printer:Host", null)],
        _ when answer.StartsWith("/dev/usb/", StringComparison.Ordinal) => [("Kiosk:Printer:Transport", "usb"), ("Kiosk:Printer:Device", answer), ("Kiosk:Printer:Host", null)],
        _ when answer.StartsWith('/') => [("Kiosk:Printer:Transport", "serial"), ("Kiosk:Printer:Device", answer), ("Kiosk:Printer:Host", null)],
        _ => [("Kiosk:Printer:Transport", "tcp"), ("Kiosk:Printer:Host", answer), ("Kiosk:Printer:Device", null)],
    };

    /// <summary>A line not echoed when the input is this process's terminal; read as any line otherwise (scripts, tests).</summary>
    private static string? ReadSecret(CliSession session)
    {
        if (!ReferenceEquals(session.Input, Console.In) || Console.IsInputRedirected)
        {
            return session.Input.ReadLine();
        }

        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    return text.ToString();
                case ConsoleKey.Backspace when text.Length > 0:
                    text.Length--;
                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        text.Append(key.KeyChar);
                    }

                    break;
            }
        }
    }
}
