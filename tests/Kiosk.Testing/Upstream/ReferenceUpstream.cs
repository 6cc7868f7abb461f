using System.Net.Http.Json;
using System.Text.Json;
using Kiosk.Core.Sync;
using Kiosk.Host.Sync;
using Kiosk.Upstream;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kiosk.Testing;

/// <summary>The real reference upstream on Kestrel 127.0.0.1 port 0, with its own LiteDB file.</summary>
public sealed class ReferenceUpstream : IAsyncDisposable
{
    public const string DeviceId = "kec-sine-01";
    public const string Token = "test-token-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly string _db;

    private ReferenceUpstream(WebApplication app, string db, Uri baseUri)
    {
        _app = app;
        _db = db;
        BaseUri = baseUri;
        // The admin side is the test's own inspection, not the device: it need not check TLS.
        Admin = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator })
        {
            BaseAddress = baseUri,
        };
    }

    public Uri BaseUri { get; }

    /// <summary>A plain client for the admin endpoints.</summary>
    public HttpClient Admin { get; }

    /// <summary>Starts with <c>--token</c> <see cref="Token"/> unless <paramref name="args"/> say otherwise.</summary>
    public static async Task<ReferenceUpstream> StartAsync(params string[] args)
    {
        var db = Path.Combine(Path.GetTempPath(), $"kiosk-upstream-test-{Guid.NewGuid():N}.db");
        var all = new List<string> { "--urls", "http://127.0.0.1:0", "--db", db, "--Logging:LogLevel:Default=Warning" };
        if (!args.Contains("--device") && !args.Contains("--token"))
        {
            all.AddRange(["--token", Token]);
        }

        all.AddRange(args);
        var app = UpstreamApp.Build([.. all]);
        await app.StartAsync();
        var address = new Uri(app.Urls.Single() + "/");
        Assert.NotEqual(0, address.Port);
        return new ReferenceUpstream(app, db, address);
    }

    public HttpUpstreamClient Client(
        string token = Token, string deviceId = DeviceId, TimeSpan? timeout = null, Uri? url = null, string? caFile = null,
        HttpMessageHandler? handler = null)
    {
        var options = new UpstreamOptions
        {
            Url = (url ?? BaseUri).ToString(),
            DeviceId = deviceId,
            Token = token,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
            CaFile = caFile,
        };
        var http = new HttpClient(handler ?? UpstreamHttpHandler.Create(options)) { Timeout = Timeout.InfiniteTimeSpan };
        return new HttpUpstreamClient(http, Options.Create(options), NullLogger<HttpUpstreamClient>.Instance, TimeProvider.System);
    }

    public async Task<List<JsonElement>> StoredEventsAsync()
    {
        using var doc = JsonDocument.Parse(await Admin.GetStringAsync(new Uri("admin/events", UriKind.Relative)));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>The last heartbeat each device sent (the <c>heartbeat</c> objects as received).</summary>
    public async Task<List<JsonElement>> HeartbeatsAsync()
    {
        using var doc = JsonDocument.Parse(await Admin.GetStringAsync(new Uri("admin/heartbeats", UriKind.Relative)));
        return doc.RootElement.EnumerateArray().Select(h => h.GetProperty("heartbeat").Clone()).ToList();
    }

    public async Task<HttpResponseMessage> MoveComplaintAsync(string trackingCode, string status, string? note = null) =>
        await Admin.PostAsJsonAsync(new Uri($"admin/complaints/{trackingCode}/status", UriKind.Relative), new { status, note });

    /// <summary>Sends a hand-written body to a device endpoint with the right token.</summary>
    public async Task<HttpResponseMessage> RawPushAsync(string json, string endpoint = "events")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"api/v1/devices/{DeviceId}/{endpoint}", UriKind.Relative))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", Token);
        return await Admin.SendAsync(request);
    }

    public async Task SetFaultsAsync(object faults)
    {
        using var response = await Admin.PostAsJsonAsync(new Uri("admin/faults", UriKind.Relative), faults);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        File.Delete(_db);
        File.Delete(Path.ChangeExtension(_db, null) + "-log.db");
    }
}

/// <summary>Builds outbox-like events for tests.</summary>
public static class Events
{
    public static UpstreamEvent Complaint(string trackingCode, long sequence = 1, string type = "complaint.created") =>
        new(Guid.NewGuid(), type, "complaint", trackingCode, sequence, new DateTimeOffset(2026, 11, 23, 10, 15, 0, TimeSpan.FromHours(7)),
            JsonSerializer.SerializeToElement(new { category = "bansos", village = "Sine" }));

    public static UpstreamEvent Ticket(string ticketId, long sequence = 1, string type = "ticket.issued") =>
        new(Guid.NewGuid(), type, "ticket", ticketId, sequence, new DateTimeOffset(2026, 11, 23, 3, 16, 2, TimeSpan.Zero),
            JsonSerializer.SerializeToElement(new { service = "A", number = 17 }));
}
