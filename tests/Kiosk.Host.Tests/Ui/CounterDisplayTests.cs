using Kiosk.Core.Counters;
using Kiosk.Host.Counters;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.Host.Tests.Ui;

/// <summary>
/// The office side in two browsers at once: a counter's page (a phone, then a 1366x768 PC) and the
/// waiting-room display (a 1080p TV), both paired with codes, against the real host. The display has
/// no polling: a number it shows after a counter's click came through the push.
/// </summary>
public sealed class CounterDisplayTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public CounterDisplayTests(BrowserFixture browser) => _browser = browser;

    [Theory]
    [InlineData(412, 915)]
    [InlineData(1366, 768)]
    public async Task Every_counter_action_is_seen_on_the_display(int width, int height)
    {
        using var voice = new FileVoice();
        await using var server = await KioskServer.StartWithAsync(s => s.AddSingleton<ICallVoice>(voice));
        foreach (var service in (string[])["A", "A", "A", "B"])
        {
            await server.PostJsonAsync("/api/tickets", new { service }, 201);
        }

        var registry = server.Services.GetRequiredService<CounterRegistry>();
        var counterCode = registry.Add("Loket 1", StaffDeviceKind.Counter, ["A", "B"], issueToken: false).PairingCode!;
        var displayCode = registry.Add("Layar Tunggu", StaffDeviceKind.Display, [], issueToken: false).PairingCode!;

        await using var counterContext = await NewContextAsync(server, width, height);
        await using var displayContext = await NewContextAsync(server, 1920, 1080);
        var counter = await counterContext.NewPageAsync();
        var display = await displayContext.NewPageAsync();
        var errors = new List<string>();
        counter.PageError += (_, e) => errors.Add(e);
        display.PageError += (_, e) => errors.Add(e);
        var sounds = new List<string>();
        display.Request += (_, r) =>
        {
            if (r.Url.EndsWith(".wav", StringComparison.Ordinal))
            {
                lock (sounds)
                {
                    sounds.Add(new Uri(r.Url).AbsolutePath);
                }
            }
        };

        await PairAsync(counter, "/counter", counterCode.ToLowerInvariant());
        await PairAsync(display, "/display", displayCode);
        await Expect(counter.Locator("#counter-name")).ToHaveTextAsync("Loket 1");
        await Expect(display.Locator("#now-code")).ToHaveTextAsync("Belum ada panggilan");
        await Expect(counter.Locator("#waiting li")).ToHaveCountAsync(4);

        // Call: the number, its counter, the chime then the voice.
        await counter.Locator("[data-action=call-next]").ClickAsync();
        await Expect(display.Locator("#now-code")).ToHaveTextAsync("A-001");
        await Expect(display.Locator("#now-counter")).ToHaveTextAsync("Loket 1");
        await Expect(counter.Locator("#current")).ToHaveTextAsync("A-001");
        var firstSequence = await display.Locator("#now").GetAttributeAsync("data-sequence");
        await display.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => e.name.includes('/api/display/audio/'))");
        lock (sounds)
        {
            Assert.Equal(["/staff/chime.wav", "/api/display/audio/call-A-001.wav"], sounds.Take(2));
        }

        // Recall: the same number again, as a new call.
        await counter.Locator("[data-action=recall]").ClickAsync();
        await Expect(display.Locator("#now")).Not.ToHaveAttributeAsync("data-sequence", firstSequence!);
        await Expect(display.Locator("#now-code")).ToHaveTextAsync("A-001");

        // No-show, then the next number.
        await counter.Locator("[data-action=no-show]").ClickAsync();
        await Expect(counter.Locator("#current")).ToHaveTextAsync("Belum ada nomor dipanggil");
        await counter.Locator("[data-action=call-next]").ClickAsync();
        await Expect(display.Locator("#now-code")).ToHaveTextAsync("A-002");
        await Expect(display.Locator("#recent li").First).ToContainTextAsync("A-001");

        // Transfer A-002 to B: it waits there, earlier than B-001, so B's next call is A-002.
        await counter.Locator("#transfer-service").SelectOptionAsync("B");
        await counter.Locator("[data-action=transfer]").ClickAsync();
        await Expect(counter.Locator("#current")).ToHaveTextAsync("Belum ada nomor dipanggil");
        await counter.Locator("[data-action=call-next]").ClickAsync();
        await Expect(display.Locator("#now-code")).ToHaveTextAsync("A-002");

        // Out of order: B-001 before A-003.
        await counter.Locator("#call-code").FillAsync("b1");
        await counter.Locator("[data-action=call]").ClickAsync();
        await Expect(display.Locator("#now-code")).ToHaveTextAsync("B-001");
        await Expect(display.Locator("#waiting [data-service=A]")).ToHaveTextAsync("A: 1");
        await Expect(counter.Locator("#stat-called")).ToHaveTextAsync("3");
        await Expect(counter.Locator("#stat-no-show")).ToHaveTextAsync("1");

        // The language toggle.
        await counter.Locator("#lang").ClickAsync();
        await Expect(counter.Locator("[data-action=call-next]")).ToHaveTextAsync("Call next");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_resident_page_cannot_drive_a_counter_even_with_its_token()
    {
        await using var server = await KioskServer.StartAsync();
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        var token = server.AddCounter("Loket 1", "A");
        await using var context = await NewContextAsync(server, 800, 480);
        var resident = await context.NewPageAsync();
        await resident.GotoAsync(server.BaseAddress.ToString());

        var outcome = await resident.EvaluateAsync<string>(
            @"async ([url, token]) => {
                try {
                  const r = await fetch(url, { method: 'POST', headers: { Authorization: 'Bearer ' + token } });
                  return 'status ' + r.status;
                } catch (e) { return 'blocked'; }
              }",
            new object[] { new Uri(server.StaffAddress, "/api/counters/loket-1/call-next").ToString(), token });

        Assert.Equal("blocked", outcome);
        Assert.Equal("waiting", (await server.GetJsonAsync("/api/tickets/A-001", 200)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_display_without_a_token_asks_for_a_pairing_code_and_a_wrong_one_is_explained()
    {
        await using var server = await KioskServer.StartAsync();
        await using var context = await NewContextAsync(server, 1920, 1080);
        var display = await context.NewPageAsync();

        await display.GotoAsync("/display");
        await Expect(display.Locator("#pair")).ToBeVisibleAsync();
        await display.Locator("#pair-code").FillAsync("2345-6789");
        await display.Locator("#pair-submit").ClickAsync();

        await Expect(display.Locator("#pair-error")).ToHaveTextAsync("Kode pemasangan salah atau sudah kedaluwarsa. Minta kode baru ke teknisi.");
        await Expect(display.Locator("#board")).ToBeHiddenAsync();
    }

    private async Task<IBrowserContext> NewContextAsync(KioskServer server, int width, int height)
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = server.StaffAddress.ToString(),
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    private static async Task PairAsync(IPage page, string path, string code)
    {
        await page.GotoAsync(path);
        await page.Locator("#pair-code").FillAsync(code);
        await page.Locator("#pair-submit").ClickAsync();
        await Expect(page.Locator("#pair")).ToBeHiddenAsync();
    }

    /// <summary>A voice that "renders" every call as a copy of a short WAV, keyed by the ticket.</summary>
    private sealed class FileVoice : ICallVoice, IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("kiosk-voice-").FullName;

        public bool Available => true;

        public ValueTask<CallAudio?> RenderAsync(string ticketCode, string counterName, CancellationToken cancellationToken)
        {
            var path = Path.Combine(_directory, $"call-{ticketCode}.wav");
            using (var chime = typeof(StaffPages).Assembly.GetManifestResourceStream("Kiosk.Host.Counters.Pages.chime.wav")!)
            using (var file = File.Create(path))
            {
                chime.CopyTo(file);
            }

            return ValueTask.FromResult<CallAudio?>(new CallAudio($"call-{ticketCode}", path, $"Nomor antrian {ticketCode}, silakan ke {counterName}"));
        }

        public void Dispose() => Directory.Delete(_directory, recursive: true);
    }
}
