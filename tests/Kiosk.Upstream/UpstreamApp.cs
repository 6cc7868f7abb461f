using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kiosk.Upstream;

/// <summary>
/// Builds the reference upstream. Tests call <c>Build(["--urls", "http://127.0.0.1:0", "--token", t])</c>,
/// <c>StartAsync</c>, then read the bound address from <c>app.Urls</c>.
/// </summary>
public static class UpstreamApp
{
    /// <exception cref="ArgumentException">An option of ours has a bad value (the message says which).</exception>
    public static WebApplication Build(string[] args)
    {
        var (settings, remaining) = UpstreamSettings.Parse(args);
        var builder = WebApplication.CreateBuilder(remaining);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => new UpstreamStore(settings.DbPath));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });

        var app = builder.Build();
        var store = app.Services.GetRequiredService<UpstreamStore>();
        foreach (var (deviceId, token) in settings.Devices)
        {
            store.RegisterDevice(deviceId, token);
        }

        app.UseInjectedFaults(settings.Faults, app.Services.GetRequiredService<TimeProvider>());
        app.MapDeviceApi();
        app.MapUpstreamAdminApi();
        app.Logger.LogInformation("Reference upstream storing in {DbPath}", settings.DbPath);
        return app;
    }
}
