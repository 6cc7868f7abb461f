using System.Text;
using System.Text.Json;

namespace Kiosk.Host.Http;

/// <summary>Reads a request body as JSON, answering a malformed one with a 400 the screens can show.</summary>
public static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or a problem result to return instead.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.Simple(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Format tidak didukung", "Kirim data sebagai JSON (Content-Type: application/json)."));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, ApiJson.Options, ct);
            return value is null
                ? (null, Problems.Invalid("body", "required", "Data kosong."))
                : (value, null);
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException or NotSupportedException)
        {
            // Truncated, wrong types, invalid UTF-8: all a malformed body (a broken chunked framing is Kestrel's 400).
            return (null, Problems.Invalid("body", "malformed_json", "Format data tidak valid (JSON rusak)."));
        }
    }
}
