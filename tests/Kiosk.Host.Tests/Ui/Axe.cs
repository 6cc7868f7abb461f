using System.Text.Json;
using Microsoft.Playwright;

namespace Kiosk.Host.Tests.Ui;

/// <summary>
/// axe-core, copied to the test output by the build (package.json here, npm ci in the csproj), run on a page:
/// the serious and critical violations, one line each with the rule, its impact and the offending selectors.
/// </summary>
internal static class Axe
{
    private static readonly string[] _blocking = ["serious", "critical"];

    public static string ScriptPath { get; } = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    /// <summary>Fails (with what to install) when the build could not fetch axe-core.</summary>
    public static void EnsureAvailable()
    {
        if (File.Exists(ScriptPath))
        {
            return;
        }

        Assert.True(OnPath("npm"), "npm not found: apt-get install -y nodejs npm");
        Assert.Fail($"{ScriptPath} not found: the build runs 'npm ci' in tests/Kiosk.Host.Tests; run it there and rebuild");
    }

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        EnsureAvailable();
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        }

        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                targets: v.nodes.map((n) => n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\s+/g, ' ') + ')' : '')),
              }));
            }
            """);
        var lines = new List<string>();
        foreach (var violation in violations.EnumerateArray())
        {
            var impact = violation.GetProperty("impact").GetString() ?? "none";
            if (!_blocking.Contains(impact))
            {
                continue;
            }

            var targets = violation.GetProperty("targets").EnumerateArray().Select(t => t.GetString());
            lines.Add($"axe {violation.GetProperty("id").GetString()} [{impact}] {violation.GetProperty("help").GetString()}: {string.Join("; ", targets)}");
        }

        return lines;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
