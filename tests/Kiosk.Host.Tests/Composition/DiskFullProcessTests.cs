using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kiosk.Host.Http;

namespace Kiosk.Host.Tests.Composition;

/// <summary>The real process with its data directory on a small tmpfs that is filled: a full disk is a state, not a crash.</summary>
public class DiskFullProcessTests
{
    [Fact]
    public async Task A_full_disk_answers_503_keeps_reads_and_the_process_and_resumes_numbering_when_space_returns()
    {
        using var disk = SmallDisk.Mount(mebibytes: 8);
        var data = Path.Combine(disk.Path, "data");
        using var kiosk = KioskProcess.Start(data);
        await kiosk.WaitUntilReadyAsync();
        Assert.Equal("A-001", (await IssueAsync(kiosk, HttpStatusCode.Created)).GetProperty("code").GetString());
        Assert.True(File.Exists(Path.Combine(data, "ballast")), "the ballast is reserved at start");

        disk.Fill();
        var refused = await IssueAsync(kiosk, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("https://kiosk.local/problems/storage-full", refused.GetProperty("type").GetString());
        Assert.Equal(Problems.StorageFullMessage, refused.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await kiosk.Client.PostAsJsonAsync("/api/tickets", new { service = "A" })).StatusCode);

        // Reads keep working while the disk is full.
        Assert.Equal(HttpStatusCode.OK, (await kiosk.Client.GetAsync(new Uri("/api/office", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kiosk.Client.GetAsync(new Uri("/api/status/A-001", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kiosk.Client.GetAsync(new Uri("/api/tickets/A-001", UriKind.Relative))).StatusCode);
        using (var health = await kiosk.Client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("failed", body.GetProperty("status").GetString());
            var store = body.GetProperty("components").GetProperty("store");
            Assert.Equal("failed", store.GetProperty("state").GetString());
            Assert.StartsWith("storage-full: The data disk is full", store.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.False(kiosk.HasExited, $"the kiosk exited on a full disk:\n{kiosk.Output}");

        disk.Free();
        Assert.Equal("A-002", (await IssueAsync(kiosk, HttpStatusCode.Created)).GetProperty("code").GetString());
        Assert.Equal("A-003", (await IssueAsync(kiosk, HttpStatusCode.Created)).GetProperty("code").GetString());
        using (var health = await kiosk.Client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            // An 8 MiB disk is "degraded" (under 50 MB free), but the store no longer fails.
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var store = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("components").GetProperty("store");
            Assert.NotEqual("failed", store.GetProperty("state").GetString());
        }

        Assert.Equal(2L * 1024 * 1024, new FileInfo(Path.Combine(data, "ballast")).Length);
        Assert.False(kiosk.HasExited, $"the kiosk exited:\n{kiosk.Output}");
        Assert.DoesNotContain("Unhandled error", kiosk.Output, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> IssueAsync(KioskProcess kiosk, HttpStatusCode expected)
    {
        using var response = await kiosk.Client.PostAsJsonAsync("/api/tickets", new { service = "A" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST /api/tickets answered {(int)response.StatusCode}, expected {(int)expected}: {text}\n{kiosk.Output}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
