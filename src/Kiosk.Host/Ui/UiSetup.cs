using Kiosk.Host.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Kiosk.Host.Ui;

/// <summary>
/// Serves the resident's touchscreen: the static page from wwwroot (no build step), its words
/// (<c>GET /api/ui/strings/{lang}</c>) and its settings (<c>GET /api/ui/config</c>).
/// </summary>
public static class UiSetup
{
    /// <summary>Registers the <c>Kiosk:Ui</c> settings, validated at start by <see cref="Composition.KioskValidation.Ui"/>.</summary>
    public static IServiceCollection AddUi(this IServiceCollection services, IConfiguration configuration) =>
        Composition.KioskValidation.Ui.Register(services, configuration);

    /// <summary>Maps the UI; call before the API's fallback.</summary>
    public static WebApplication MapUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOfficeApi();
        var options = app.Services.GetRequiredService<UiOptions>();

        var webRoot = app.Environment.WebRootFileProvider;
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = webRoot,
            OnPrepareResponse = ctx => ctx.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        });

        // The routing middleware has already matched "/" to the API's fallback, so the page is an endpoint of its own.
        app.MapGet("/", (HttpContext context) => Page(context, webRoot));
        app.MapGet("/api/ui/config", () => Results.Json(
            new
            {
                options.IdleSeconds,
                WarningSeconds = options.EffectiveWarningSeconds,
                options.HealthPollSeconds,
                options.DefaultLanguage,
                UiStrings.Languages,
            },
            ApiJson.Options));
        app.MapGet("/api/ui/strings/{lang}", (string lang, HttpContext context) =>
        {
            var json = UiStrings.Json(lang);
            if (json is null)
            {
                return Problems.NotFound();
            }

            context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            return Results.Bytes(json, "application/json; charset=utf-8");
        });
        return app;
    }

    private static IResult Page(HttpContext context, IFileProvider webRoot)
    {
        var page = webRoot.GetFileInfo("index.html");
        if (!page.Exists)
        {
            return Problems.Simple(StatusCodes.Status500InternalServerError, "ui-missing", "Tampilan tidak tersedia", "Berkas tampilan kios tidak ditemukan. Hubungi teknisi.");
        }

        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        return Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8");
    }
}
