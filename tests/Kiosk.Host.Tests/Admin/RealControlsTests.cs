using Kiosk.Host.Sms;
using Kiosk.Host.Sync;

namespace Kiosk.Host.Tests.Admin;

/// <summary>The technician's modem and sync commands through the admin socket to the real gateway and worker.</summary>
public class RealControlsTests
{
    [Fact]
    public async Task Modem_info_ussd_and_send_reach_the_simulated_modem()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Modem:Transport=simulated");
        var gateway = server.Services.GetRequiredService<SmsGateway>();
        await gateway.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var environment = CliRun.Environment(server.DataDirectory);

        var info = await CliRun.RunAsync(environment, "modem", "info");
        var ussd = await CliRun.RunAsync(environment, "modem", "ussd", "*888#");
        var send = await CliRun.RunAsync(environment, "modem", "send", "081234567890", "Tes dari teknisi");

        Assert.True(info.ExitCode == 0, info.ToString());
        Assert.Contains("TELKOMSEL", info.Output, StringComparison.Ordinal);
        Assert.True(ussd.ExitCode == 0, ussd.ToString());
        Assert.False(string.IsNullOrWhiteSpace(ussd.Output));
        Assert.True(send.ExitCode == 0, send.ToString());
        Assert.Single(gateway.Emulator!.SentPdus);
    }

    [Fact]
    public async Task Doctor_fails_an_unplugged_modem_with_a_hint_while_the_service_stays_healthy()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Modem:Transport=serial", "--Kiosk:Modem:Device=/dev/kiosk-modem-unplugged");

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "doctor");
        var health = await server.GetJsonAsync("/healthz", 200);

        Assert.Equal(1, run.ExitCode);
        var line = run.Output.Split('\n').Single(l => l.Contains("modem", StringComparison.Ordinal) && l.Contains("FAIL", StringComparison.Ordinal));
        Assert.Contains("plugged in", line + run.Output, StringComparison.Ordinal);
        Assert.Equal("degraded", health.GetProperty("components").GetProperty("modem").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Doctor_passes_on_the_embedded_default_once_provisioned()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Modem:Transport=simulated");
        await server.Services.GetRequiredService<SmsGateway>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        // What the doctor reads: the modem connected, registered and its signal read once.
        var modem = server.Services.GetRequiredService<ModemStatus>();
        await Eventually.Get(() => (modem.Connected, modem.IsRegistered, modem.SignalDbm), m => m is (true, true, not null), "the modem's first network reading");

        var config = Path.Combine(server.DataDirectory, "kiosk.json");
        var provision = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "provision", "--config-file", config, "--site-code", "33.14.01", "--office-name", "Kecamatan Kalijambe");
        Assert.True(provision.ExitCode == 0, provision.ToString());

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory, config), "doctor");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("FAIL", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASS  network", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_now_pushes_the_outbox_to_the_upstream()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await using var server = await KioskServer.StartAsync(
            null,
            null,
            $"--Kiosk:Upstream:Url={upstream.BaseUri}",
            $"--Kiosk:Upstream:DeviceId={ReferenceUpstream.DeviceId}",
            $"--Kiosk:Upstream:Token={ReferenceUpstream.Token}",
            "--Kiosk:Upstream:RunInBackground=false");
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "sync", "now");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(0, server.Services.GetRequiredService<Core.Storage.IOutbox>().Count().Pending);
        Assert.Single(await upstream.StoredEventsAsync());
        Assert.NotNull(server.Services.GetRequiredService<SyncWorker>());
    }

    [Fact]
    public async Task Sync_now_exits_1_saying_why_when_upstream_refuses_the_token()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        await using var server = await KioskServer.StartAsync(
            null,
            null,
            $"--Kiosk:Upstream:Url={upstream.BaseUri}",
            $"--Kiosk:Upstream:DeviceId={ReferenceUpstream.DeviceId}",
            "--Kiosk:Upstream:Token=revoked-token-0123456789abcdef",
            "--Kiosk:Upstream:RunInBackground=false");
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "sync", "now");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("kiosk: the sync failed: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, server.Services.GetRequiredService<Core.Storage.IOutbox>().Count().Pending);
    }

    [Fact]
    public async Task Ticket_show_of_a_given_day_works_while_the_service_runs()
    {
        await using var server = await KioskServer.StartAsync();
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        var id = server.Services.GetRequiredService<Core.Queue.QueueService>().Find("A-001")!.Id;
        Assert.Contains("/", id, StringComparison.Ordinal);

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "ticket", "show", id);
        var missing = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "ticket", "show", "2020-01-01/A-001");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("A-001", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("2020-01-01/A-001", missing.Error, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", missing.Error, StringComparison.Ordinal);
    }
}
