using System.Text;

namespace Kiosk.Host.Tests.Complaints;

public class ComplaintApiTests
{
    private static object Valid(string? nik = "3314105708900003", string description = "PKH belum cair sejak bulan Agustus.") => new
    {
        category = "bansos",
        village = "Desa Tangkil",
        description,
        name = "Sri Wahyuni",
        nik,
        phone = "081234567890",
    };

    [Fact]
    public async Task A_complaint_is_filed_and_its_status_is_public_without_personal_data()
    {
        await using var server = await KioskServer.StartAsync();

        var filed = await server.PostJsonAsync("/api/complaints", Valid(), 201);
        var code = filed.GetProperty("trackingCode").GetString()!;
        var status = await server.GetJsonAsync($"/api/status/{code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()}", 200);
        var raw = status.GetRawText();

        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$", code);
        Assert.Equal("DITERIMA", filed.GetProperty("status").GetString());
        Assert.Equal((code, "complaint", "DITERIMA"), (status.GetProperty("code").GetString(), status.GetProperty("kind").GetString(), status.GetProperty("status").GetString()));
        Assert.Equal("DITERIMA", status.GetProperty("history")[0].GetProperty("status").GetString());
        foreach (var secret in new[] { "Sri", "3314105708900003", "81234567890", "PKH", "Tangkil" })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_five_thousand_character_description_is_a_field_error()
    {
        await using var server = await KioskServer.StartAsync();

        var problem = await server.PostJsonAsync("/api/complaints", Valid(description: new string('a', 5000)), 400);

        Assert.Equal("too_long", problem.GetProperty("codes").GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_bad_NIK_is_a_field_error_next_to_the_NIK()
    {
        await using var server = await KioskServer.StartAsync();

        var problem = await server.PostJsonAsync("/api/complaints", Valid(nik: "3314103202900003"), 400);

        Assert.Equal("birth_date", problem.GetProperty("codes").GetProperty("nik").GetString());
        Assert.Contains("Tanggal lahir", problem.GetProperty("errors").GetProperty("nik")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_fields_are_all_reported_at_once()
    {
        await using var server = await KioskServer.StartAsync();

        var problem = await server.PostJsonAsync("/api/complaints", new { }, 400);
        var codes = problem.GetProperty("codes");

        Assert.Equal("required", codes.GetProperty("category").GetString());
        Assert.Equal("required", codes.GetProperty("village").GetString());
        Assert.Equal("required", codes.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_mistyped_tracking_code_is_answered_as_mistyped()
    {
        await using var server = await KioskServer.StartAsync();
        var code = (await server.PostJsonAsync("/api/complaints", Valid(), 201)).GetProperty("trackingCode").GetString()!;
        var last = code[^1];
        var typo = code[..^1] + (last == '7' ? '8' : '7');

        var problem = await server.GetJsonAsync($"/api/status/{typo}", 400);

        Assert.Equal("mistyped", problem.GetProperty("codes").GetProperty("code").GetString());
        Assert.Contains("salah ketik", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_well_formed_unknown_code_is_404_and_garbage_is_400()
    {
        await using var server = await KioskServer.StartAsync();

        await server.GetJsonAsync($"/api/status/{Core.Complaints.TrackingCode.New().Grouped}", 404);
        await server.GetJsonAsync("/api/status/%F0%9F%98%80%F0%9F%98%80", 400);
        await server.GetJsonAsync("/api/status/" + new string('Z', 300), 400);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        await using var server = await KioskServer.StartAsync();
        var huge = "{\"description\":\"" + new string('a', 200_000) + "\"}";

        using var response = await server.Client.PostAsync(new Uri("/api/complaints", UriKind.Relative), new StringContent(huge, Encoding.UTF8, "application/json"));

        await KioskServer.ReadAsync(response, 413);
    }

    [Fact]
    public async Task No_garbage_input_produces_a_server_error()
    {
        await using var server = await KioskServer.StartAsync();
        var random = new Random(7);
        string[] paths = ["/api/complaints", "/api/tickets", "/api/tickets/A-001/cancel", "/api/tickets/A-001/reprint"];
        string[] bodies =
        [
            "", "{", "}", "[]", "\"text\"", "0", "true", "{\"category\":[]}", "{\"description\":{\"a\":1}}",
            "{\"nik\":12345}", "{\"phone\":null,\"service\":null}", "{\"service\":\"\\u0000\"}",
            "{\"service\":\"A\",\"priority\":\"\\ud800\"}", "\u0000\u0001\u0002", new string('{', 5000),
        ];

        for (var i = 0; i < 60; i++)
        {
            var body = i < bodies.Length ? bodies[i] : new string([.. Enumerable.Range(0, random.Next(1, 300)).Select(_ => (char)random.Next(1, 0x2FFF))]);
            using var response = await server.Client.PostAsync(new Uri(paths[i % paths.Length], UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True((int)response.StatusCode < 500, $"{paths[i % paths.Length]} with body #{i} gave {(int)response.StatusCode}");
        }

        foreach (var path in new[] { "/api/status/%00", "/api/tickets/%2F%2F", "/api/status/..%2F..%2Fetc", "/nothing/here" })
        {
            using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True((int)response.StatusCode < 500, $"{path} gave {(int)response.StatusCode}");
        }
    }
}
