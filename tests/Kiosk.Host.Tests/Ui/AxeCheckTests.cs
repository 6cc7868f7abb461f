namespace Kiosk.Host.Tests.Ui;

/// <summary>The axe-core check every screen goes through reports what it should, and only that.</summary>
public sealed class AxeCheckTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public AxeCheckTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task A_button_without_a_name_and_unreadable_text_are_reported_with_rule_impact_and_selector()
    {
        var page = await _browser.Browser.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="id"><head><title>Uji</title></head><body><main>
            <button id="nameless" type="button"></button>
            <p id="faint" style="color:#ccc;background:#fff">Teks pucat</p>
            </main></body></html>
            """);

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("axe button-name [critical]", StringComparison.Ordinal) && v.Contains("#nameless", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("axe color-contrast [serious]", StringComparison.Ordinal) && v.Contains("#faint", StringComparison.Ordinal));
        Assert.Equal(2, violations.Count);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_page_with_only_moderate_findings_passes()
    {
        var page = await _browser.Browser.NewPageAsync();
        // No landmark around the text: axe's "region" rule, impact moderate, which the check lets through.
        await page.SetContentAsync("""<!doctype html><html lang="id"><head><title>Uji</title></head><body><p>Halo</p></body></html>""");

        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await page.CloseAsync();
    }
}
