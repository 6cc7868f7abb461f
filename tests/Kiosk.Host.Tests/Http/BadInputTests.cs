using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Kiosk.Host.Tests.Http;

/// <summary>Bad input gets a 400 naming what is wrong, never a 500.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("/api/status/A-\u0660\u0660\u0661")]
    [InlineData("/api/tickets/A-\u0660\u0660\u0661")]
    [InlineData("/api/status/\uFF21-\uFF10\uFF10\uFF11")]
    [InlineData("/api/tickets/A-\uFF10\uFF10\uFF11")]
    [InlineData("/api/status/K7M2-9QXD-\u0663")]
    public async Task Codes_with_non_ASCII_digits_get_400_naming_the_code(string path)
    {
        await using var kiosk = await KioskServer.StartAsync();

        var problem = await kiosk.GetJsonAsync(path, 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _), problem.ToString());
    }

    [Theory]
    [InlineData("{\"service\": 5}")]
    [InlineData("{\"service\": \"A\"")]
    [InlineData("[1,2")]
    [InlineData("\"A\"")]
    public async Task A_malformed_json_body_gets_400(string body)
    {
        await using var kiosk = await KioskServer.StartAsync();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await kiosk.Client.PostAsync(new Uri("/api/tickets", UriKind.Relative), content);

        await KioskServer.ReadAsync(response, 400);
    }

    [Fact]
    public async Task A_body_of_invalid_UTF8_gets_400()
    {
        await using var kiosk = await KioskServer.StartAsync();
        using var content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        content.Headers.ContentType = new("application/json");

        using var response = await kiosk.Client.PostAsync(new Uri("/api/complaints", UriKind.Relative), content);

        await KioskServer.ReadAsync(response, 400);
    }

    [Fact]
    public async Task A_malformed_chunked_body_gets_400()
    {
        await using var kiosk = await KioskServer.StartAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(kiosk.BaseAddress.Host, kiosk.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "POST /api/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{\"service\":\"A\"}\r\n0\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);

        var answer = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_no_route_takes_gets_a_problem_body()
    {
        await using var kiosk = await KioskServer.StartAsync();

        using var response = await kiosk.Client.DeleteAsync(new Uri("/api/tickets", UriKind.Relative));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        _ = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
