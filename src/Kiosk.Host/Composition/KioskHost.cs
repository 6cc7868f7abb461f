using Kiosk.Host.Admin;

namespace Kiosk.Host.Composition;

/// <summary>The web host every feature plugs into: configuration sources, Kestrel limits, systemd.</summary>
public static class KioskHost
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>Default request body limit: a complaint is at most a few kilobytes.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>
    /// A builder reading appsettings.json, then the device's <c>/etc/kiosk/kiosk.json</c>, then the
    /// environment and the command line; listening on <see cref="DefaultUrl"/> unless told otherwise.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        KioskConfigFile.AddTo(builder.Configuration, KioskConfigFile.Resolve(builder.Configuration[KioskConfigFile.PathVariable]));
        builder.Host.UseSystemd();
        QuietHttpClientLogs(builder.Services);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        return builder;
    }

    /// <summary>The logging category of every HttpClient request line ("Sending HTTP request ...").</summary>
    public const string HttpClientCategory = "System.Net.Http.HttpClient";

    /// <summary>
    /// HttpClient logs two lines per request at Information: the sync worker's pushes and
    /// heartbeats filled the journal. Warning by default, in code so a kiosk.json without a
    /// Logging section keeps it; inserted as the first rule so <c>Logging:LogLevel</c> in any
    /// configuration source can still turn it back on for a diagnosis.
    /// </summary>
    public static void QuietHttpClientLogs(IServiceCollection services) =>
        services.Configure<LoggerFilterOptions>(o => o.Rules.Insert(0, new LoggerFilterRule(null, HttpClientCategory, LogLevel.Warning, null)));
}
