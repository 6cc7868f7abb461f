using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Ui;

public sealed class UiEndpointTests
{
    [Fact]
    public async Task The_page_is_served_at_the_root_although_the_API_fallback_matches_it_first()
    {
        await using var server = await KioskServer.StartAsync(settings: ["--Kiosk:Ui:IdleSeconds=45"]);

        using var page = await server.Client.GetAsync("/");
        using var script = await server.Client.GetAsync("/js/app.js");
        var config = await server.GetJsonAsync("/api/ui/config", 200);

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("user-scalable=no", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(45, config.GetProperty("idleSeconds").GetInt32());
        Assert.Equal(10, config.GetProperty("warningSeconds").GetInt32());
        Assert.Equal("id", config.GetProperty("defaultLanguage").GetString());
    }

    [Fact]
    public async Task The_countdown_is_shorter_than_a_short_idle_time()
    {
        await using var server = await KioskServer.StartAsync(settings: ["--Kiosk:Ui:IdleSeconds=3"]);

        var config = await server.GetJsonAsync("/api/ui/config", 200);

        Assert.Equal((3, 2), (config.GetProperty("idleSeconds").GetInt32(), config.GetProperty("warningSeconds").GetInt32()));
    }

    [Fact]
    public async Task Strings_files_named_like_cultures_are_embedded_not_satellite_assemblies_and_served_per_language()
    {
        await using var server = await KioskServer.StartAsync();

        var id = await server.GetJsonAsync("/api/ui/strings/id", 200);
        var en = await server.GetJsonAsync("/api/ui/strings/EN", 200);
        await server.GetJsonAsync("/api/ui/strings/fr", 404);

        Assert.Equal("Ambil Antrian", id.GetProperty("home.ticket").GetString());
        Assert.Equal("Take a Number", en.GetProperty("home.ticket").GetString());
    }

    [Theory]
    [InlineData("--Kiosk:Ui:IdleSeconds=0", "Kiosk:Ui:IdleSeconds")]
    [InlineData("--Kiosk:Ui:WarningSeconds=0", "Kiosk:Ui:WarningSeconds")]
    [InlineData("--Kiosk:Ui:HealthPollSeconds=600", "Kiosk:Ui:HealthPollSeconds")]
    [InlineData("--Kiosk:Ui:DefaultLanguage=fr", "Kiosk:Ui:DefaultLanguage")]
    public void A_bad_UI_setting_stops_the_start_naming_its_key(string setting, string key)
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-ui-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var e = Assert.Throws<StartupConfigurationException>(() => Kiosk.Host.Program.Build(["--urls", "http://127.0.0.1:0", $"--Kiosk:DataDirectory={data}", setting]));

            Assert.StartsWith(key + ": ", Assert.Single(e.Problems), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
