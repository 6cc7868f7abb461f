using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.Host.Tests.Ui;

/// <summary>
/// The ticket screen's side of the printer contract, checked now: the real host's ticket answer gets the
/// <c>print</c> field the printer work will add (<c>{status, problem?}</c>), and the ticket image is a
/// rendered PNG. The end-to-end version against the virtual printer is in <see cref="TouchscreenTests"/>.
/// </summary>
public sealed class PrintStatusScreenTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public PrintStatusScreenTests(BrowserFixture browser) => _browser = browser;

    [Theory]
    [InlineData("paper_out", "Kertas tiket habis, jadi tiket tidak tercetak.")]
    [InlineData("cover_open", "Tutup printer terbuka, jadi tiket tidak tercetak.")]
    [InlineData("offline", "Printer mati, jadi tiket tidak tercetak.")]
    public async Task A_failed_print_is_explained_in_plain_words_with_the_ticket_image(string problem, string words)
    {
        await using var server = await KioskServer.StartAsync();
        foreach (var viewport in Viewport.Names)
        {
            await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, viewport);
            await AnswerTicketsWithPrintAsync(screen.Page, new JsonObject { ["status"] = "failed", ["problem"] = problem });

            await screen.TapAsync("[data-action=ticket]");
            await screen.TapAsync("[data-service=C]");

            await Expect(screen["#print-status"]).ToContainTextAsync(words);
            await Expect(screen["#print-status"]).ToContainTextAsync("Silakan foto atau ingat nomor ini. Petugas sudah diberi tahu.");
            var code = await screen.TextAsync("#ticket-number");
            await Expect(screen["#ticket-image"]).ToHaveAttributeAsync("src", $"/api/tickets/{code}/image");
            await screen.Page.WaitForFunctionAsync("() => { const i = document.getElementById('ticket-image'); return i.complete && i.naturalWidth === 384; }");
            await screen.CheckAsync($"ticket-print-{problem}");
        }
    }

    [Theory]
    [InlineData("printed", "Tiket sudah dicetak. Silakan ambil tiket Anda.")]
    [InlineData("pending", "Tiket sedang dicetak…")]
    public async Task A_printed_or_printing_ticket_says_so_and_shows_no_image(string status, string words)
    {
        await using var server = await KioskServer.StartAsync();
        await using var screen = await KioskScreen.OpenAsync(_browser.Browser, server.BaseAddress, "800x480");
        await AnswerTicketsWithPrintAsync(screen.Page, new JsonObject { ["status"] = status });

        await screen.TapAsync("[data-action=ticket]");
        await screen.TapAsync("[data-service=A]");

        await Expect(screen["#print-status"]).ToHaveTextAsync(words);
        await Expect(screen["#ticket-image"]).ToHaveCountAsync(0);
        await screen.CheckAsync($"ticket-print-{status}");
    }

    /// <summary>Passes the real ticket answer through, adding the printer's field; the image is the host's real render.</summary>
    private static async Task AnswerTicketsWithPrintAsync(IPage page, JsonObject print)
    {
        await page.RouteAsync("**/api/tickets", async route =>
        {
            var response = await route.FetchAsync();
            var ticket = JsonNode.Parse(await response.TextAsync())!.AsObject();
            ticket["print"] = print.DeepClone();
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = ticket.ToJsonString() });
        });
    }
}
