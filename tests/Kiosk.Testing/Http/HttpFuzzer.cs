using System.Text;

namespace Kiosk.Testing;

/// <summary>One fuzzed request's answer.</summary>
public sealed record FuzzAnswer(string Method, string Path, int Status, string? ContentType, string Body);

/// <summary>
/// Seeded random requests against the kiosk's real API: its paths with mutated segments (Unicode
/// digits, full-width letters, over-long, percent-encoded bytes), odd methods, bodies of every kind
/// (valid, truncated, wrong types, invalid UTF-8, huge) and content types. The same seed gives the
/// same requests; the test suite runs a few thousand, <c>bench http-fuzz N</c> many more.
/// </summary>
public sealed class HttpFuzzer(int seed)
{
    private static readonly string[] Paths =
    [
        "/api/tickets", "/api/tickets/{code}", "/api/tickets/{code}/image", "/api/tickets/{code}/reprint",
        "/api/tickets/{code}/served", "/api/tickets/{code}/no-show", "/api/tickets/{code}/cancel",
        "/api/status/{code}", "/api/complaints", "/api/counters/{counter}/call-next", "/api/printer",
        "/api/office", "/api/ui/config", "/api/ui/strings/{lang}", "/healthz", "/", "/nothing/here",
    ];

    private static readonly string[] Codes =
    [
        "A-001", "a1", "A 017", "B-999", "A-0000", "A-\u0660\u0660\u0661", "\uFF21-\uFF10\uFF10\uFF11", "A-\u0967\u0968",
        "K7M2-9QXD-3", "K7M2-9QXD-\u0663", "%00", "%FF%FE", "..", "A-1%2F2", new string('9', 300), "\u00C5-001", "Z-", "-", "A--1",
    ];

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

    private static readonly string[] ContentTypes =
        ["application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1"];

    private readonly Random _random = new(seed);

    /// <summary>Builds and sends one request; the answer, whatever it is.</summary>
    public async Task<FuzzAnswer> SendOneAsync(HttpClient client, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var method = Pick(Methods);
        var template = Pick(Paths);
        var path = template
            .Replace("{code}", Uri.EscapeDataString(Mutate(Pick(Codes))), StringComparison.Ordinal)
            .Replace("{counter}", Uri.EscapeDataString(Mutate(Pick(["1", "loket-2", "\u0661", "a b", new string('x', 40)]))), StringComparison.Ordinal)
            .Replace("{lang}", Pick(["id", "en", "xx", "..%2F..", "\u0669"]), StringComparison.Ordinal);
        if (_random.Next(10) == 0)
        {
            path += "?service=" + Uri.EscapeDataString(Pick(["A", "\u0661", "", "ZZ"]));
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH" || _random.Next(8) == 0)
        {
            var content = new ByteArrayContent(Body());
            content.Headers.TryAddWithoutValidation("Content-Type", Pick(ContentTypes));
            request.Content = content;
        }

        if (_random.Next(6) == 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", Pick(["id", "en", "*", "id-ID;q=0.5", "%D9%A1"]));
        }

        using var response = await client.SendAsync(request, ct);
        return new FuzzAnswer(method, path, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(ct));
    }

    private byte[] Body()
    {
        string[] json =
        [
            "{\"service\":\"A\"}", "{\"service\":\"A\",\"priority\":\"lansia\"}", "{\"service\":5}", "{\"service\":[\"A\"]}",
            "{\"service\":\"\u0661\"}", "{\"service\":\"A\",\"phone\":\"08\u0661\u0662\"}", "{\"category\":\"bansos\",\"village\":\"Desa Tangkil\",\"description\":\"Jalan rusak\"}",
            "{\"category\":1,\"village\":null}", "null", "[]", "\"x\"", "{", "{\"service\":\"A\"", "{\"a\":" + new string('[', 200), "",
        ];
        var text = Encoding.UTF8.GetBytes(Pick(json));
        return _random.Next(5) switch
        {
            0 => [.. text.Take(_random.Next(text.Length + 1))],
            1 => [.. text, 0xC3, 0x28, 0xFF],
            2 => Bytes(_random.Next(1, 512)),
            _ => text,
        };
    }

    private string Mutate(string segment) => _random.Next(6) switch
    {
        0 => segment.ToLowerInvariant(),
        1 => segment + Pick(["\u0660", "\uFF10", "\u00A0", "\t", "-"]),
        2 => segment.Length > 1 ? segment[1..] : segment,
        _ => segment,
    };

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
