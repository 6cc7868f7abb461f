using System.Text.Json;
using System.Text.RegularExpressions;
using Kiosk.Core.Complaints;
using Kiosk.Core.Queue;
using Kiosk.Host.Ui;

namespace Kiosk.Host.Tests.Ui;

/// <summary>Every word on the screen comes from Ui/Strings, in both languages; the page's code holds none.</summary>
public sealed partial class UiStringsTests
{
    private static readonly string Root = KioskScreen.RepositoryRoot();
    private static readonly string WebRoot = Path.Combine(Root, "src", "Kiosk.Host", "wwwroot");

    /// <summary>Names the page's code uses that look like words but are never shown (DOM and Intl values).</summary>
    private static readonly HashSet<string> CodeWords = ["Content", "Type", "Backspace", "Enter", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    private static Dictionary<string, string> Strings(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(UiStrings.Json(language)!)!;

    private static IEnumerable<string> Scripts() => Directory.EnumerateFiles(Path.Combine(WebRoot, "js"), "*.js", SearchOption.AllDirectories);

    private static IEnumerable<string> Literals(string script)
    {
        var code = Comments().Replace(File.ReadAllText(script), "");
        return StringLiteral().Matches(code).Select(m => m.Value[1..^1]);
    }

    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_text()
    {
        var id = Strings(UiStrings.Indonesian);
        var en = Strings(UiStrings.English);

        Assert.Equal(id.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(id.Concat(en), pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Fact]
    public void Every_key_the_page_uses_exists_in_both_languages()
    {
        var id = Strings(UiStrings.Indonesian);
        var en = Strings(UiStrings.English);
        var namespaces = id.Keys.Select(k => k.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var used = Scripts().SelectMany(Literals)
            .Where(l => KeyShape().IsMatch(l) && namespaces.Contains(l.Split('.')[0]))
            .Concat(DataI18n().Matches(File.ReadAllText(Path.Combine(WebRoot, "index.html"))).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var dynamicPrefixes = Scripts().SelectMany(Literals).Select(l => DynamicKey().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        Assert.True(used.Count > 60, $"only {used.Count} keys found: the scan is broken");
        Assert.DoesNotContain(used, k => !id.ContainsKey(k) || !en.ContainsKey(k));
        Assert.NotEmpty(dynamicPrefixes);
        Assert.DoesNotContain(dynamicPrefixes, p => !id.Keys.Any(k => k.StartsWith(p, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_status_priority_and_print_problem_the_API_sends_has_words_in_both_languages()
    {
        string[] keys =
        [
            .. Enum.GetValues<ComplaintStatus>().Select(s => "state." + ComplaintStatusNames.ToWire(s)),
            .. Enum.GetValues<TicketState>().Select(s => "state." + TicketStateNames.Api(s)),
            .. new[] { "lansia", "disabilitas", "ibu_hamil" }.Select(p => "priority." + p),
            .. new[] { "paper_out", "cover_open", "offline", "other" }.Select(p => "ticket.printFailed." + p),
            .. new[] { "length", "birth_date", "region", "not_digits" }.Select(c => "error.nik." + c),
            "status.kind.complaint", "status.kind.ticket",
        ];

        foreach (var language in UiStrings.Languages)
        {
            var table = Strings(language);
            Assert.DoesNotContain(keys, k => !table.ContainsKey(k));
        }
    }

    [Fact]
    public void The_page_markup_has_no_words_of_its_own()
    {
        var html = File.ReadAllText(Path.Combine(WebRoot, "index.html"));
        var body = Tags().Replace(ScriptsAndStyles().Replace(html, ""), "\n");

        Assert.True(string.IsNullOrWhiteSpace(body), "text in index.html: " + body.Trim());
        Assert.DoesNotMatch(@"(placeholder|title|alt|aria-label)=""[^""]+""", html);
        Assert.Contains("data-i18n=\"offline.title\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_code_has_no_words_of_its_own()
    {
        var values = UiStrings.Languages.SelectMany(l => Strings(l).Values).Where(v => v.Contains(' ', StringComparison.Ordinal)).ToList();
        var cssClasses = CssClass().Matches(File.ReadAllText(Path.Combine(WebRoot, "css", "kiosk.css"))).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var script in Scripts())
        {
            foreach (var literal in Literals(script))
            {
                if (KeyShape().IsMatch(literal) || DynamicKey().IsMatch(literal))
                {
                    continue;
                }

                var text = Interpolation().Replace(literal, " ");
                var words = text.Split((char[])[' ', '\n', ',', '.', ':', '(', ')', '!', '?'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)).ToList();
                var looksLikeProse = CapitalisedWord().Matches(text).Any(m => !CodeWords.Contains(m.Value))
                    || (words.Count >= 2 && words.Any(w => !cssClasses.Contains(w)));
                var copiesAString = values.Any(v => v.Contains(' ', StringComparison.Ordinal) && text.Contains(v, StringComparison.OrdinalIgnoreCase));
                if (looksLikeProse || copiesAString)
                {
                    found.Add($"{Path.GetFileName(script)}: '{literal}'");
                }
            }
        }

        Assert.True(Scripts().Count() >= 8, "the scan found too few scripts");
        Assert.True(found.Count == 0, "words outside Ui/Strings:\n" + string.Join('\n', found));
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"'(?:[^'\\\n]|\\.)*'|""(?:[^""\\\n]|\\.)*""|`(?:[^`\\]|\\.)*`")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"^[a-z][A-Za-z]*(\.[A-Za-z_]+)+$")]
    private static partial Regex KeyShape();

    [GeneratedRegex(@"^([a-z][A-Za-z]*(\.[A-Za-z_]+)*\.)\$\{")]
    private static partial Regex DynamicKey();

    [GeneratedRegex(@"data-i18n=""([^""]+)""")]
    private static partial Regex DataI18n();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"\b[A-Z][a-z]+\b")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\.([A-Za-z][\w-]*)")]
    private static partial Regex CssClass();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<(script|style|title)[^>]*>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptsAndStyles();
}
