using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.Host.Tests.Ui;

/// <summary>The resident's flows in a real Chromium against the real host, at every screen size, by touch.</summary>
public sealed partial class TouchscreenTests : IClassFixture<BrowserFixture>
{
    private const string Nik = "3314105708900003";
    private const string BadNik = "3314103202900003";

    private readonly BrowserFixture _browser;

    public TouchscreenTests(BrowserFixture browser) => _browser = browser;

    [Theory]
    [MemberData(nameof(Viewport.All), MemberType = typeof(Viewport))]
    public async Task Home_shows_the_three_choices_the_office_and_its_local_time(string viewport)
    {
        await using var server = await KioskServer.StartAsync();
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, viewport);

        Assert.Equal(["Ambil Antrian", "Pengaduan", "Cek Status"], await screen[".home-label"].AllInnerTextsAsync());
        Assert.Equal("Kecamatan Sragen", await screen.TextAsync("#office-name"));
        Assert.Matches(IndonesianClock(), await screen.TextAsync("#clock"));
        await screen.CheckAsync("home");

        await screen.TapAsync("#lang-toggle");

        Assert.Equal(["Take a Number", "File a Complaint", "Check Status"], await screen[".home-label"].AllInnerTextsAsync());
        Assert.Matches(@"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2} WIB$", await screen.TextAsync("#clock"));
        await screen.CheckAsync("home-en");
    }

    [Theory]
    [MemberData(nameof(Viewport.All), MemberType = typeof(Viewport))]
    public async Task A_ticket_is_issued_in_two_taps_and_its_number_is_shown_large(string viewport)
    {
        await using var server = await KioskServer.StartAsync();
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, viewport);

        await screen.TapAsync("[data-action=ticket]");
        await screen.CheckAsync("ticket");
        await screen.TapAsync("[data-service=B]");
        await Expect(screen["#ticket-number"]).ToHaveTextAsync("B-001");

        Assert.Equal(2, screen.Taps);
        Assert.True(await screen.EvalAsync("parseFloat(getComputedStyle(document.getElementById('ticket-number')).fontSize)") is var size && size.GetDouble() >= 96, $"number at {size}px");
        await Expect(screen["#ticket-ahead"]).ToHaveTextAsync("Tidak ada antrian di depan Anda");
        await Expect(screen["#ticket-wait"]).ToContainTextAsync("menit");
        await Expect(screen["#print-status"]).ToHaveAttributeAsync("data-print", "printed");
        await Expect(screen["#print-status"]).ToHaveTextAsync("Tiket sudah dicetak. Silakan ambil tiket Anda.");
        await screen.CheckAsync("ticket-result");

        await screen.TapAsync("#done");
        await screen.TapAsync("[data-action=ticket]");
        await screen.TapAsync("[data-priority=lansia]");
        await screen.CheckAsync("ticket-priority");
        await screen.TapAsync("[data-service=B]");

        await Expect(screen["#ticket-number"]).ToHaveTextAsync("B-002");
        await Expect(screen[".ticket-priority"]).ToHaveTextAsync("Prioritas: Lansia");
    }

    [Theory]
    [MemberData(nameof(Viewport.All), MemberType = typeof(Viewport))]
    public async Task A_complaint_typed_by_taps_only_gets_a_tracking_code_whose_status_is_found_by_keypad(string viewport)
    {
        await using var server = await KioskServer.StartAsync();
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, viewport);

        await screen.TapAsync("[data-action=complaint]");
        await screen.CheckAsync("complaint-category");
        await screen.TapAsync("[data-category=bansos]");
        await screen.CheckAsync("complaint-village");
        await screen.TapAsync("#village-search");
        await screen.TypeAsync("tang");
        await Expect(screen["[data-village]"]).ToHaveCountAsync(1);
        await screen.CheckAsync("complaint-village-search");
        await screen.TapAsync("[data-village='Desa Tangkil']");
        await Expect(screen["#next"]).ToBeDisabledAsync();
        await screen.TypeAsync("PKH belum cair, 3 bulan");
        await Expect(screen["#field-description"]).ToHaveValueAsync("PKH belum cair, 3 bulan");
        await Expect(screen["#counter"]).ToHaveTextAsync("23/1000");
        await screen.CheckAsync("complaint-description");
        await screen.TapAsync("#next");
        await screen.CheckAsync("complaint-identity");
        await screen.TapAsync("#identify");
        await screen.TypeAsync("Sri Wahyuni");
        await Expect(screen["#field-name"]).ToHaveTextAsync("Sri Wahyuni");
        await screen.CheckAsync("complaint-name");
        await screen.TapAsync("#next");
        await screen.TypeAsync(Nik);
        await screen.CheckAsync("complaint-nik");
        await screen.TapAsync("#next");
        await screen.TypeAsync("081234567890");
        await screen.CheckAsync("complaint-phone");
        await screen.TapAsync("#next");
        await Expect(screen["[data-field=description] .review-value"]).ToHaveTextAsync("PKH belum cair, 3 bulan");
        await screen.CheckAsync("complaint-review");
        await screen.TapAsync("#send");

        await Expect(screen["#tracking-code"]).ToBeVisibleAsync();
        var code = await screen["#tracking-code"].GetAttributeAsync("data-code");
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$", code);
        Assert.Equal(code!.Split('-'), await screen[".code-group"].AllInnerTextsAsync());
        await Expect(screen["#complaint-done"]).ToContainTextAsync("Simpan kode ini");
        await Expect(screen["#sms-check"]).ToContainTextAsync($"SMS CEK {code} ke 081234567890");
        await screen.CheckAsync("complaint-done");

        await screen.TapAsync("#done");
        await screen.TapAsync("[data-action=status]");
        await screen.CheckAsync("status");
        await screen.TypeAsync(code);
        await screen.TapAsync("#check");

        await Expect(screen["#status-now"]).ToHaveTextAsync("Diterima di kios");
        await Expect(screen["#status-code"]).ToHaveTextAsync(code);
        Assert.Matches(IndonesianClock(), await screen.TextAsync(".history-at"));
        var shown = await screen.TextAsync("#screen");
        foreach (var secret in new[] { "Sri", "PKH", Nik, "81234567890", "Tangkil" })
        {
            Assert.DoesNotContain(secret, shown, StringComparison.OrdinalIgnoreCase);
        }

        await screen.CheckAsync("status-result");
    }

    [Theory]
    [MemberData(nameof(Viewport.All), MemberType = typeof(Viewport))]
    public async Task A_mistyped_code_is_called_mistyped_and_an_unknown_one_not_found(string viewport)
    {
        await using var server = await KioskServer.StartAsync();
        var code = (await server.PostJsonAsync("/api/complaints", new { category = "bansos", village = "Desa Tangkil", description = "Bantuan belum diterima." }, 201)).GetProperty("trackingCode").GetString()!;
        var typo = code[..^1] + (code[^1] == '7' ? '8' : '7');
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, viewport);

        await screen.TapAsync("[data-action=status]");
        await screen.TypeAsync(typo);
        await screen.TapAsync("#check");

        await Expect(screen["[data-error-for=code]"]).ToHaveAttributeAsync("data-reason", "mistyped");
        await Expect(screen["[data-error-for=code]"]).ToContainTextAsync("Kode salah ketik");
        await screen.CheckAsync("status-mistyped");
        await Expect(screen["#check"]).ToBeEnabledAsync();

        await screen.TapAsync("#back");
        await screen.TapAsync("[data-action=status]");
        await screen.TypeAsync("C-099");
        await screen.TapAsync("#check");

        await Expect(screen["[data-error-for=code]"]).ToHaveAttributeAsync("data-reason", "not_found");
        await Expect(screen["[data-error-for=code]"]).ToContainTextAsync("tidak ditemukan");
        await screen.CheckAsync("status-not-found");
    }

    [Fact]
    public async Task A_corrected_code_can_be_checked_again_after_a_mistyped_one()
    {
        await using var server = await KioskServer.StartAsync();
        var code = (await server.PostJsonAsync("/api/complaints", new { category = "bansos", village = "Desa Tangkil", description = "Bantuan belum diterima." }, 201)).GetProperty("trackingCode").GetString()!;
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, "800x480");

        await screen.TapAsync("[data-action=status]");
        await screen.TypeAsync(code[..^1] + (code[^1] == '7' ? '8' : '7'));
        await screen.TapAsync("#check");
        await Expect(screen["[data-error-for=code]"]).ToHaveAttributeAsync("data-reason", "mistyped");
        await screen.TapAsync(".kb [data-key=backspace]");
        await screen.TypeAsync(code[^1..]);
        await screen.TapAsync("#check");

        await Expect(screen["#status-code"]).ToHaveTextAsync(code);
    }

    [Theory]
    [MemberData(nameof(Viewport.All), MemberType = typeof(Viewport))]
    public async Task A_bad_NIK_is_shown_next_to_the_NIK_field(string viewport)
    {
        await using var server = await KioskServer.StartAsync();
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, viewport);

        await FillComplaintUpToIdentityAsync(screen);
        await screen.TapAsync("#identify");
        await screen.TapAsync("#next");
        await screen.TypeAsync(BadNik);
        await screen.TapAsync("#next");
        await screen.TapAsync("#next");
        await screen.TapAsync("#send");

        var error = screen["#complaint-nik [data-error-for=nik]"];
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("Tanggal lahir pada NIK tidak valid");
        var field = await screen["#field-nik"].BoundingBoxAsync();
        var box = await error.BoundingBoxAsync();
        Assert.InRange(box!.Y - (field!.Y + field.Height), 0, 24);
        await screen.CheckAsync("complaint-nik-error");
    }

    [Fact]
    public async Task In_English_a_bad_NIK_is_explained_in_English()
    {
        await using var server = await KioskServer.StartAsync();
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, "1280x800");

        await screen.TapAsync("#lang-toggle");
        await FillComplaintUpToIdentityAsync(screen);
        await screen.TapAsync("#identify");
        await screen.TapAsync("#next");
        await screen.TypeAsync(BadNik);
        await screen.TapAsync("#next");
        await screen.TapAsync("#next");
        await screen.TapAsync("#send");

        await Expect(screen["#complaint-nik [data-error-for=nik]"]).ToHaveTextAsync("The birth date in the NIK is not valid. Check digits 7 to 12.");
    }

    [Fact]
    public async Task The_page_cannot_be_zoomed_selected_or_given_a_context_menu()
    {
        await using var server = await KioskServer.StartAsync();
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, "800x480");

        var viewport = await screen["meta[name=viewport]"].GetAttributeAsync("content");
        var style = await screen.EvalAsync("(() => { const s = getComputedStyle(document.body); return [s.userSelect, s.touchAction]; })()");
        var menuPrevented = await screen.EvalAsync(
            "(() => { const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true }); document.querySelector('[data-action=ticket]').dispatchEvent(e); return e.defaultPrevented; })()");

        Assert.Contains("user-scalable=no", viewport, StringComparison.Ordinal);
        Assert.Contains("maximum-scale=1", viewport, StringComparison.Ordinal);
        Assert.Equal(["none", "manipulation"], style.EnumerateArray().Select(e => e.GetString()));
        Assert.True(menuPrevented.GetBoolean());
    }

    [Fact]
    public async Task A_physical_keyboard_types_into_the_description_too()
    {
        await using var server = await KioskServer.StartAsync();
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, "1280x800");

        await FillComplaintUpToDescriptionAsync(screen, "PKH ");
        await screen.Page.Keyboard.TypeAsync("belum cair");

        await Expect(screen["#field-description"]).ToHaveValueAsync("PKH belum cair");
        await Expect(screen["#counter"]).ToHaveTextAsync("14/1000");
        await Expect(screen["#next"]).ToBeEnabledAsync();
    }

    [Theory]
    [MemberData(nameof(Viewport.All), MemberType = typeof(Viewport))]
    public async Task An_idle_screen_warns_then_returns_home_and_forgets_what_was_typed(string viewport)
    {
        await using var server = await KioskServer.StartAsync(settings: ["--Kiosk:Ui:IdleSeconds=6", "--Kiosk:Ui:WarningSeconds=3"]);
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, viewport);

        await FillComplaintUpToDescriptionAsync(screen, "rahasia");
        await Expect(screen["#idle-warning"]).ToBeVisibleAsync();
        await Expect(screen["#idle-warning"]).ToContainTextAsync("Masih di sini?");
        await Expect(screen["#idle-continue"]).ToHaveTextAsync("Ya, lanjutkan");
        await screen.CheckAsync("idle-warning");
        await screen.TapAsync("#idle-continue");
        await Expect(screen["#idle-warning"]).ToBeHiddenAsync();
        await Expect(screen["#field-description"]).ToHaveValueAsync("rahasia");

        await Expect(screen["#home"]).ToBeVisibleAsync();

        await Expect(screen["#idle-warning"]).ToBeHiddenAsync();
        Assert.DoesNotContain("rahasia", await screen.TextAsync("body"), StringComparison.Ordinal);
        Assert.Equal(0, (await screen.EvalAsync("document.querySelectorAll('textarea, input, #screen .text-input').length")).GetInt32());
        await screen.TapAsync("[data-action=complaint]");
        await Expect(screen["[data-category].is-selected"]).ToHaveCountAsync(0);
        await screen.TapAsync("[data-category=bansos]");
        await Expect(screen["[data-village].is-selected"]).ToHaveCountAsync(0);
        await screen.TapAsync("[data-village='Desa Tangkil']");
        await Expect(screen["#field-description"]).ToHaveValueAsync("");
        await Expect(screen["#counter"]).ToHaveTextAsync("0/1000");
    }

    [Theory]
    [MemberData(nameof(Viewport.All), MemberType = typeof(Viewport))]
    public async Task An_unreachable_server_shows_the_reconnecting_screen_until_it_answers_again(string viewport)
    {
        await using var server = await KioskServer.StartAsync(settings: ["--Kiosk:Ui:HealthPollSeconds=1"]);
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, viewport);
        await screen.Page.RouteAsync("**/api/**", route => route.AbortAsync());
        await screen.Page.RouteAsync("**/healthz", route => route.AbortAsync());

        await screen.TapAsync("[data-action=ticket]");
        await screen.TapAsync("[data-service=A]");

        await Expect(screen["#offline"]).ToBeVisibleAsync();
        await Expect(screen["#offline"]).ToContainTextAsync("Mohon tunggu, kios sedang menyambung kembali…");
        await screen.CheckAsync("offline");

        await screen.Page.UnrouteAllAsync(new PageUnrouteAllOptions { Behavior = UnrouteBehavior.IgnoreErrors });

        await Expect(screen["#offline"]).ToBeHiddenAsync();
        await screen.TapAsync("[data-service=A]");
        await Expect(screen["#ticket-number"]).ToHaveTextAsync("A-001");
    }

    /// <summary>
    /// Uses the printer work: POST /api/tickets answers <c>print: {status, problem}</c> and
    /// GET /api/tickets/{code}/image serves the rendered ticket.
    /// </summary>
    [Theory]
    [MemberData(nameof(Viewport.All), MemberType = typeof(Viewport))]
    public async Task A_printer_without_paper_still_shows_the_number_says_so_and_shows_the_ticket_image(string viewport)
    {
        await using var server = await KioskServer.StartAsync(settings: ["--Kiosk:Printer:Transport=virtual", "--Kiosk:Printer:Virtual:Condition=paper_out"]);
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, viewport);

        await screen.TapAsync("[data-action=ticket]");
        await screen.TapAsync("[data-service=A]");

        await Expect(screen["#ticket-number"]).ToHaveTextAsync("A-001");
        await Expect(screen["#print-status"]).ToHaveAttributeAsync("data-print", "failed");
        await Expect(screen["#print-status"]).ToHaveAttributeAsync("data-problem", "paper_out");
        await Expect(screen["#print-status"]).ToContainTextAsync("Kertas tiket habis");
        await Expect(screen["#print-status"]).ToContainTextAsync("Silakan foto atau ingat nomor ini. Petugas sudah diberi tahu.");
        await Expect(screen["#ticket-image"]).ToHaveAttributeAsync("src", "/api/tickets/A-001/image");
        await screen.Page.WaitForFunctionAsync("() => { const i = document.getElementById('ticket-image'); return i.complete && i.naturalWidth > 0; }");
        await screen.CheckAsync("ticket-print-failed");
    }

    private static async Task FillComplaintUpToDescriptionAsync(KioskScreen screen, string description)
    {
        await screen.TapAsync("[data-action=complaint]");
        await screen.TapAsync("[data-category=bansos]");
        await screen.TapAsync("[data-village='Desa Tangkil']");
        await screen.TypeAsync(description);
    }

    private static async Task FillComplaintUpToIdentityAsync(KioskScreen screen)
    {
        await FillComplaintUpToDescriptionAsync(screen, "bantuan belum cair");
        await screen.TapAsync("#next");
    }

    [GeneratedRegex(@"^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \d{2}\.\d{2} WIB$")]
    private static partial Regex IndonesianClock();
}
