using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Testing;

/// <summary>The real kiosk host on Kestrel, 127.0.0.1 on a free port, with its store in a temp directory.</summary>
public sealed class KioskServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;
    private bool _keepFiles;
    private readonly Dictionary<string, string> _counterTokens = new(StringComparer.Ordinal);

    private const string StaffUrlsSetting = "--Kiosk:Staff:Urls=";

    private KioskServer(WebApplication app, string dataDirectory, FakeTimeProvider? time, Uri staffAddress)
    {
        StaffAddress = staffAddress;
        _app = app;
        DataDirectory = dataDirectory;
        Time = time;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public FakeTimeProvider? Time { get; }

    public IServiceProvider Services => _app.Services;

    public Uri BaseAddress => Client.BaseAddress!;

    public static Task<KioskServer> StartAsync(FakeTimeProvider? time = null, string? dataDirectory = null, params string[] settings) =>
        StartWithAsync(null, time, dataDirectory, settings);

    /// <summary>As <see cref="StartAsync"/>, with <paramref name="services"/> replacing registrations (a fake GPIO board).</summary>
    public static async Task<KioskServer> StartWithAsync(Action<IServiceCollection>? services, FakeTimeProvider? time = null, string? dataDirectory = null, params string[] settings)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "kiosk-host-test-" + Guid.NewGuid().ToString("N"));
        // The simulated modem costs a pseudo-terminal and a second of start-up: only tests that text ask for it.
        string[] modem = settings.Any(s => s.StartsWith("--Kiosk:Modem:Transport", StringComparison.Ordinal)) ? [] : ["--Kiosk:Modem:Transport=none"];
        // The staff listener is told apart by its port, so it gets a fixed free one (not 0, not the shared default 8081).
        var staffUrl = settings.FirstOrDefault(s => s.StartsWith(StaffUrlsSetting, StringComparison.Ordinal))?[StaffUrlsSetting.Length..]
            ?? $"http://127.0.0.1:{FreeTcpPort.Next()}";
        string[] args = ["--urls", "http://127.0.0.1:0", $"--Kiosk:DataDirectory={dataDirectory}", "--environment", "Testing", StaffUrlsSetting + staffUrl, .. modem, .. settings];
        var app = Kiosk.Host.Program.Build(args, builder =>
        {
            builder.Logging.ClearProviders();
            if (time is not null)
            {
                builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
            }

            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return new KioskServer(app, dataDirectory, time, new Uri(staffUrl.Split(';')[0]));
    }

    /// <summary>The staff listener (counters, the display): another port, so another origin than <see cref="BaseAddress"/>.</summary>
    public Uri StaffAddress { get; }

    /// <summary>A client on the staff listener, with <paramref name="token"/> as its bearer token when given.</summary>
    public HttpClient StaffClient(string? token = null)
    {
        var client = new HttpClient { BaseAddress = StaffAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>
    /// Adds a counter (all services unless given) and returns its token, straight through the registry
    /// as <c>kiosk counter add NAME --token</c> would.
    /// </summary>
    public string AddCounter(string name, params string[] services)
    {
        var office = Services.GetRequiredService<Kiosk.Core.Configuration.OfficeProfile>();
        var kind = services is ["--display"] ? Kiosk.Core.Counters.StaffDeviceKind.Display : Kiosk.Core.Counters.StaffDeviceKind.Counter;
        string[] served = kind == Kiosk.Core.Counters.StaffDeviceKind.Display ? [] : services.Length == 0 ? [.. office.Services.Select(s => s.Code)] : services;
        return Services.GetRequiredService<Kiosk.Core.Counters.CounterRegistry>().Add(name, kind, served, issueToken: true).Token!;
    }

    /// <summary>
    /// Counter <paramref name="counter"/> (added on first use, serving every service) calls the next
    /// ticket through the staff API; the called ticket, or an undefined element when nobody waits.
    /// </summary>
    public async Task<JsonElement> CallNextAsync(string counter = "Loket 1")
    {
        var answer = await CounterActionAsync("call-next", 200, counter);
        return answer.TryGetProperty("called", out var called) ? called : default;
    }

    /// <summary>Counter <paramref name="counter"/> (added on first use, serving every service) POSTs <c>/api/counters/{id}/{action}</c>.</summary>
    public async Task<JsonElement> CounterActionAsync(string action, int expectedStatus, string counter = "Loket 1", object? body = null)
    {
        if (!_counterTokens.TryGetValue(counter, out var token))
        {
            token = AddCounter(counter);
            _counterTokens[counter] = token;
        }

        using var staff = StaffClient(token);
        var path = new Uri($"/api/counters/{Kiosk.Core.Counters.CounterRegistry.Slug(counter)}/{action}", UriKind.Relative);
        using var response = body is null ? await staff.PostAsync(path, null) : await staff.PostAsJsonAsync(path, body);
        return await ReadAsync(response, expectedStatus);
    }

    public async Task<JsonElement> PostJsonAsync(string path, object body, int expectedStatus)
    {
        using var response = await Client.PostAsJsonAsync(path, body);
        return await ReadAsync(response, expectedStatus);
    }

    public async Task<JsonElement> GetJsonAsync(string path, int expectedStatus)
    {
        using var response = await Client.GetAsync(path);
        return await ReadAsync(response, expectedStatus);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Stops the host and releases the store, leaving its files (another host may open them).</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _keepFiles = true;
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await StopAsync();
        }
        else if (_keepFiles)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
