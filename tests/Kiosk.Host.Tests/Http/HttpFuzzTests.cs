using System.Text.Json;

namespace Kiosk.Host.Tests.Http;

/// <summary>A few thousand seeded random requests on real Kestrel: every answer defined, none a 5xx.</summary>
public class HttpFuzzTests
{
    [Fact]
    public async Task Thousands_of_random_requests_get_defined_answers_and_leave_the_kiosk_healthy()
    {
        await using var kiosk = await KioskServer.StartAsync();
        var fuzzer = new HttpFuzzer(seed: 20261123);
        var wrong = new List<string>();

        for (var i = 0; i < 2500; i++)
        {
            var answer = await fuzzer.SendOneAsync(kiosk.Client);
            if (Undefined(answer) is { } why)
            {
                wrong.Add($"#{i} {answer.Method} {answer.Path} -> {answer.Status} {answer.ContentType}: {why}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(20)));
        await kiosk.GetJsonAsync("/healthz", 200);
    }

    private static string? Undefined(FuzzAnswer answer)
    {
        if (answer.Status >= 500 || answer.Status < 200 || answer.Status is >= 300 and < 400)
        {
            return "not a 2xx or 4xx";
        }

        if (answer.Status < 400 || answer.Method == "HEAD")
        {
            return null;
        }

        if (answer.ContentType != "application/problem+json")
        {
            return "a 4xx without problem+json";
        }

        try
        {
            using var problem = JsonDocument.Parse(answer.Body);
            return problem.RootElement.TryGetProperty("status", out _) ? null : "a problem without status";
        }
        catch (JsonException e)
        {
            return "an unreadable problem body: " + e.Message;
        }
    }
}
