using System.Text.Json;
using Kiosk.Host.Admin.Cli;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary>Provision on a terminal: each answer checked as it is given, asked again with the reason, in Indonesian by default.</summary>
public class ProvisionInterviewTests
{
    private static readonly string[] GoodAnswersAfterTwoMistakes =
    [
        "Kecamatan Kalijambe",
        "33-14",                              // refused: not a Kemendagri code
        "33.14.01",
        "Desa Banaran, Desa Trobayan",
        "none",
        "virtual",
        "http://sync.sragenkab.go.id",        // refused: plain http off loopback
        "https://sync.sragenkab.go.id",
        "kalijambe-01",
        "s3cr3t-token-abcdefghijklmnop",
    ];

    [Fact]
    public async Task Interactive_provision_asks_in_Indonesian_re_asks_a_bad_answer_with_the_reason_and_writes_every_answer()
    {
        var data = CliRun.TempDirectory("interview");
        var config = Path.Combine(data, "kiosk.json");

        var (code, output, error) = await InterviewAsync(CliRun.Environment(data), config, GoodAnswersAfterTwoMistakes);

        Assert.True(code == 0, output + error);
        Assert.Equal(2, Occurrences(output, "Kode kecamatan Kemendagri (misalnya 33.14.10): "));
        Assert.Contains("tidak diterima: '33-14' is not a Kemendagri kecamatan code", output, StringComparison.Ordinal);
        Assert.Equal(2, Occurrences(output, "URL sinkronisasi kabupaten"));
        Assert.Contains("tidak diterima: ", output[output.IndexOf("URL sinkronisasi", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("Token perangkat (tidak tampil saat diketik): ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-token-abcdefghijklmnop", output + error, StringComparison.Ordinal);
        var kiosk = JsonDocument.Parse(await File.ReadAllTextAsync(config)).RootElement.GetProperty("Kiosk");
        Assert.Equal("33.14.01", kiosk.GetProperty("Office").GetProperty("SiteCode").GetString());
        Assert.Equal("Kecamatan Kalijambe", kiosk.GetProperty("Office").GetProperty("Name").GetString());
        Assert.Equal(["Desa Banaran", "Desa Trobayan"], kiosk.GetProperty("Office").GetProperty("Villages").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("none", kiosk.GetProperty("Modem").GetProperty("Transport").GetString());
        Assert.Equal("virtual", kiosk.GetProperty("Printer").GetProperty("Transport").GetString());
        var upstream = kiosk.GetProperty("Upstream");
        Assert.Equal("https://sync.sragenkab.go.id", upstream.GetProperty("Url").GetString());
        Assert.Equal("kalijambe-01", upstream.GetProperty("DeviceId").GetString());
        Assert.Equal("s3cr3t-token-abcdefghijklmnop", upstream.GetProperty("Token").GetString());
    }

    [Fact]
    public async Task Interactive_provision_asks_in_English_when_LANG_is_English_and_skips_what_flags_gave()
    {
        var data = CliRun.TempDirectory("interview-en");
        var config = Path.Combine(data, "kiosk.json");
        var environment = CliRun.Environment(data);
        environment["LANG"] = "en_US.UTF-8";

        var (code, output, error) = await InterviewAsync(environment, config, ["Kecamatan Kalijambe", "Desa Banaran", "none", "virtual", ""], "--site-code", "33.14.01");

        Assert.True(code == 0, output + error);
        Assert.Contains("Office name (printed on every ticket): ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kemendagri kecamatan code", output, StringComparison.Ordinal);
        // No upstream: neither device id nor token is asked for.
        Assert.DoesNotContain("Device id", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Device token", output, StringComparison.Ordinal);
        var kiosk = JsonDocument.Parse(await File.ReadAllTextAsync(config)).RootElement.GetProperty("Kiosk");
        Assert.False(kiosk.TryGetProperty("Upstream", out var upstream) && upstream.TryGetProperty("Url", out _));
    }

    [Fact]
    public async Task A_village_list_left_empty_is_asked_again_with_the_validators_reason()
    {
        var data = CliRun.TempDirectory("interview-villages");
        var config = Path.Combine(data, "kiosk.json");

        var (code, output, error) = await InterviewAsync(CliRun.Environment(data), config, ["Kecamatan Kalijambe", "33.14.01", " , ", "Desa Banaran", "none", "virtual", ""]);

        Assert.True(code == 0, output + error);
        Assert.Equal(2, Occurrences(output, "Desa/kelurahan, dipisahkan koma"));
        Assert.Contains("tidak diterima: at least one desa/kelurahan is required", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> InterviewAsync(Dictionary<string, string?> environment, string config, string[] answers, params string[] flags)
    {
        using var input = new StringReader(string.Join('\n', answers) + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KioskCli.RunAsync(["provision", "--config-file", config, .. flags], output, error, environment, CancellationToken.None, input, interactive: true);
        return (code, output.ToString(), error.ToString());
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
