using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Composition;

/// <summary>The journal's defaults (issue 16: HttpClient wrote two lines per request, every sync push and heartbeat).</summary>
public class LoggingDefaultsTests
{
    [Fact]
    public async Task HttpClient_request_lines_stay_out_of_the_journal_by_default_and_configuration_can_bring_them_back()
    {
        Assert.Empty(await HttpClientLinesAsync());
        Assert.NotEmpty(await HttpClientLinesAsync($"--Logging:LogLevel:{KioskHost.HttpClientCategory}=Information"));
    }

    [Fact]
    public async Task HttpClient_warnings_still_reach_the_journal()
    {
        var logs = new ListLoggerProvider();
        await using var server = await KioskServer.StartWithAsync(s => s.AddSingleton<ILoggerProvider>(logs));
        var logger = server.Services.GetRequiredService<ILoggerFactory>().CreateLogger(KioskHost.HttpClientCategory + ".Upstream.LogicalHandler");

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    /// <summary>What one request through a factory-made HttpClient logs under the HttpClient category.</summary>
    private static async Task<List<string>> HttpClientLinesAsync(params string[] settings)
    {
        var logs = new ListLoggerProvider();
        await using var server = await KioskServer.StartWithAsync(s => s.AddSingleton<ILoggerProvider>(logs), null, null, settings);
        using var client = server.Services.GetRequiredService<IHttpClientFactory>().CreateClient("probe");
        using var response = await client.GetAsync(new Uri(server.BaseAddress, "/healthz"));
        return [.. logs.Entries.Where(e => e.Category.StartsWith(KioskHost.HttpClientCategory, StringComparison.Ordinal)).Select(e => e.Message)];
    }
}
