using System.Net.Sockets;
using System.Text.Json;
using Kiosk.Host.Http;

namespace Kiosk.Host.Admin.Cli;

/// <summary>HTTP to the running service over its admin Unix socket (never TCP).</summary>
public sealed class AdminClient : IDisposable
{
    private readonly HttpClient _http;

    public AdminClient(string socketPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(socketPath);
        SocketPath = socketPath;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri("http://kiosk-admin"), Timeout = TimeSpan.FromMinutes(2) };
    }

    public string SocketPath { get; }

    /// <summary>GET a JSON answer: (status, body); body is the problem document on a refusal.</summary>
    public async Task<(int Status, JsonElement Body)> GetJsonAsync(string path, CancellationToken ct)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), ct);
        return await ReadAsync(response, ct);
    }

    public async Task<(int Status, JsonElement Body)> PostJsonAsync(string path, object? body, CancellationToken ct)
    {
        using var content = body is null ? null : JsonContent.Create(body, options: ApiJson.Options);
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content, ct);
        return await ReadAsync(response, ct);
    }

    public async Task<(int Status, JsonElement Body)> DeleteAsync(string path, CancellationToken ct)
    {
        using var response = await _http.DeleteAsync(new Uri(path, UriKind.Relative), ct);
        return await ReadAsync(response, ct);
    }

    /// <summary>Streams a GET answer into <paramref name="destination"/>; returns the status and, on a refusal, its problem.</summary>
    public async Task<(int Status, JsonElement Problem)> DownloadAsync(string path, Stream destination, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            return await ReadAsync(response, ct);
        }

        await response.Content.CopyToAsync(destination, ct);
        return ((int)response.StatusCode, default);
    }

    /// <summary>The problem's detail (or title) for a refusal, for one line on stderr.</summary>
    public static string Describe(int status, JsonElement problem)
    {
        if (problem.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (string[])["detail", "title"])
            {
                if (problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return $"{value.GetString()} (HTTP {status})";
                }
            }
        }

        return $"HTTP {status}";
    }

    public void Dispose() => _http.Dispose();

    private static async Task<(int, JsonElement)> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonElement body = default;
        if (text.Length > 0)
        {
            try
            {
                body = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                body = JsonSerializer.SerializeToElement(new { detail = text });
            }
        }

        return ((int)response.StatusCode, body);
    }
}
