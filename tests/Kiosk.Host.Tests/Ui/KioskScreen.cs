using System.Text.Json;
using Microsoft.Playwright;

namespace Kiosk.Host.Tests.Ui;

/// <summary>A touchscreen page at one viewport: taps (counted), typing by on-screen keys, layout checks, screenshots.</summary>
internal sealed class KioskScreen : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _pageErrors = [];

    private KioskScreen(IBrowserContext context, IPage page, string viewport)
    {
        _context = context;
        Page = page;
        Viewport = viewport;
        page.PageError += (_, error) => _pageErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.StartsWith("i18n", StringComparison.Ordinal))
            {
                _pageErrors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    public string Viewport { get; }

    public int Taps { get; private set; }

    public static async Task<KioskScreen> OpenAsync(IBrowser browser, Uri baseAddress, string viewport)
    {
        var (width, height) = Ui.Viewport.Parse(viewport);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HasTouch = true,
            TimezoneId = "UTC",
            BaseURL = baseAddress.ToString(),
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var screen = new KioskScreen(context, page, viewport);
        await page.GotoAsync("/");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await page.Locator("#home").WaitForAsync();
        return screen;
    }

    public ILocator this[string selector] => Page.Locator(selector);

    public async Task TapAsync(string selector)
    {
        await Page.Locator(selector).TapAsync();
        Taps++;
    }

    /// <summary>Types text with taps on the on-screen keyboard only; capitals through the shift key.</summary>
    public async Task TypeAsync(string text)
    {
        foreach (var c in text)
        {
            if (c == ' ')
            {
                await TapAsync(".kb [data-key=spacebar]");
            }
            else if (char.IsLetter(c) && char.IsUpper(c) && await Page.Locator($".kb [data-key='{char.ToLowerInvariant(c)}']").CountAsync() > 0)
            {
                await TapAsync(".kb [data-key=shift]");
                await TapAsync($".kb [data-key='{char.ToLowerInvariant(c)}']");
            }
            else
            {
                await TapAsync($".kb [data-key='{c}']");
            }
        }
    }

    public async Task ScreenshotAsync(string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "TestResults", "screenshots", Viewport);
        Directory.CreateDirectory(directory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png") });
    }

    /// <summary>
    /// Screenshots the screen and checks what a resident would hit: no horizontal scrolling, every
    /// visible button inside the screen and at least 64 px, every visible text at least 20 px and WCAG AA contrast,
    /// and no serious or critical axe-core violation.
    /// </summary>
    public async Task CheckAsync(string name)
    {
        await ScreenshotAsync(name);
        var problems = await Page.EvaluateAsync<string[]>(LayoutProbe);
        Assert.True(problems.Length == 0, $"{Viewport} {name}:\n" + string.Join('\n', problems));
        var violations = await Axe.SeriousViolationsAsync(Page);
        Assert.True(violations.Count == 0, $"{Viewport} {name}:\n" + string.Join('\n', violations));
        Assert.True(_pageErrors.Count == 0, string.Join('\n', _pageErrors));
    }

    public Task<string> TextAsync(string selector) => Page.Locator(selector).InnerTextAsync();

    public async Task<JsonElement> EvalAsync(string script) => await Page.EvaluateAsync<JsonElement>(script);

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kiosk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kiosk.sln not found above " + AppContext.BaseDirectory);
    }

    private const string LayoutProbe = """
        () => {
          const problems = [];
          const vw = window.innerWidth, vh = window.innerHeight;
          const doc = document.documentElement;
          if (doc.scrollWidth > vw + 1) problems.push(`page scrolls sideways: ${doc.scrollWidth} > ${vw}`);
          const main = document.getElementById('screen');
          if (main.scrollWidth > main.clientWidth + 1) problems.push(`screen scrolls sideways: ${main.scrollWidth} > ${main.clientWidth}`);
          const visible = (el) => {
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && el.closest('[hidden]') === null;
          };
          const name = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} "${(el.textContent || '').trim().slice(0, 30)}"`;
          for (const el of document.querySelectorAll('button, [role=textbox], [role=searchbox], textarea')) {
            if (!visible(el)) continue;
            const r = el.getBoundingClientRect();
            if (r.height < 63.5 || r.width < 63.5) problems.push(`small target ${Math.round(r.width)}x${Math.round(r.height)}: ${name(el)}`);
            if (r.left < -1 || r.right > vw + 1) problems.push(`outside the screen horizontally: ${name(el)}`);
            if (el.scrollWidth > el.clientWidth + 2) problems.push(`text cut off: ${name(el)}`);
          }
          const inOverlay = (el) => el.closest('.overlay') !== null;
          const overlayOpen = [...document.querySelectorAll('.overlay')].some((o) => !o.hidden);
          // Without scrolling, the fixed parts (bars, keyboards, overlays) must be inside the screen.
          for (const el of document.querySelectorAll('.bar button, .kb button, .overlay button, .top button, #ticket-result button')) {
            if (!visible(el)) continue;
            const r = el.getBoundingClientRect();
            if (r.top < -1 || r.bottom > vh + 1) problems.push(`outside the screen vertically: ${name(el)} (${Math.round(r.top)}..${Math.round(r.bottom)} of ${vh})`);
          }
          const rgb = (text) => (text.match(/[\d.]+/g) || []).map(Number);
          const luminance = ([r, g, b]) => {
            const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
            return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
          };
          const contrast = (el) => {
            const fg = rgb(getComputedStyle(el).color);
            let bg = [255, 255, 255];
            for (let e = el; e; e = e.parentElement) {
              const c = rgb(getComputedStyle(e).backgroundColor);
              if (c.length === 3 || (c.length === 4 && c[3] >= 0.99)) { bg = c; break; }
            }
            const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
            return (a + 0.05) / (b + 0.05);
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent.trim()) continue;
            const el = node.parentElement;
            if (!visible(el) || (overlayOpen && !inOverlay(el))) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < 19.5) problems.push(`text ${size}px: ${name(el)}`);
            const ratio = contrast(el);
            const large = size >= 24 || (size >= 18.6 && parseInt(getComputedStyle(el).fontWeight, 10) >= 700);
            if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)}: ${name(el)}`);
          }
          return problems;
        }
        """;
}
