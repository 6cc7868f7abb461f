using System.Text.Json;
using Kiosk.Host.Admin;
using Kiosk.Host.Health;

namespace Kiosk.Host.Tests.Admin;

/// <summary>
/// The admin endpoints with a sync worker, a modem and extra health components registered, as the
/// lead's workers will be: the CLI shows what they answer and passes on what the technician typed.
/// </summary>
public sealed class AdminControlTests : IAsyncLifetime
{
    private readonly string _data = CliRun.TempDirectory("controls");
    private readonly RecordingModem _modem = new();
    private readonly RecordingSync _sync = new();
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        _app = Kiosk.Host.Program.Build(["--urls", "http://127.0.0.1:0", $"--Kiosk:DataDirectory={_data}", "--environment", "Testing"], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IModemControl>(_modem);
            builder.Services.AddSingleton<ISyncControl>(_sync);
            builder.Services.AddSingleton<IHealthComponent>(new FakeHealthComponent("modem", HealthState.Failed, "No answer to AT on /dev/kiosk-modem"));
            builder.Services.AddSingleton<IHealthComponent>(new FakeHealthComponent("sync", HealthState.Degraded, "12 events waiting, upstream unreachable"));
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app!.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Modem_info_shows_what_the_modem_reports()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(_data), "modem", "info");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Telkomsel", run.Output, StringComparison.Ordinal);
        Assert.Contains("-71", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modem_send_and_ussd_pass_the_number_text_and_code_through()
    {
        var send = await CliRun.RunAsync(CliRun.Environment(_data), "modem", "send", "081234567890", "Tes dari teknisi");
        var ussd = await CliRun.RunAsync(CliRun.Environment(_data), "modem", "ussd", "*888#");

        Assert.True(send.ExitCode == 0, send.ToString());
        Assert.Equal(("081234567890", "Tes dari teknisi"), _modem.Sent);
        Assert.Contains("ref 42", send.Output, StringComparison.Ordinal);
        Assert.Contains("Sisa pulsa Rp5.000", ussd.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_now_runs_one_round_and_shows_the_state_after_it()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(_data), "sync", "now");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(1, _sync.Rounds);
        Assert.Contains("https://sync.sragenkab.go.id", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_renders_every_component_the_service_reports_and_fails_on_a_failed_one()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(_data), "doctor", "--json");

        Assert.Equal(1, run.ExitCode);
        var checks = JsonDocument.Parse(run.Output).RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("check").GetString()!);
        Assert.Equal("fail", checks["modem"].GetProperty("verdict").GetString());
        Assert.Contains("No answer to AT", checks["modem"].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotNull(checks["modem"].GetProperty("hint").GetString());
        Assert.Equal("warn", checks["sync"].GetProperty("verdict").GetString());
        Assert.Equal("pass", checks["store"].GetProperty("verdict").GetString());
    }

    private sealed class RecordingModem : IModemControl
    {
        public (string, string)? Sent { get; private set; }

        public Task<ModemInfo> InfoAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new ModemInfo("/dev/kiosk-modem", "SIMCOM INCORPORATED", "SIMCOM_SIM7600E-H", "LE20B04SIM7600M22", "867698040000000", "510101234567890", "8962100012345678901", SimReady: true, "Telkomsel", "home", "+6281100000", -71, 4));

        public Task<string> SendAsync(string number, string text, CancellationToken cancellationToken)
        {
            Sent = (number, text);
            return Task.FromResult("ref 42");
        }

        public Task<string> UssdAsync(string code, CancellationToken cancellationToken) =>
            Task.FromResult(code == "*888#" ? "Sisa pulsa Rp5.000" : "unknown code");
    }

    private sealed class RecordingSync : ISyncControl
    {
        private int _rounds;

        public int Rounds => _rounds;

        public SyncStatus Status() => new("https://sync.sragenkab.go.id", _rounds == 0 ? 3 : 0, 0, null, null, null, null);

        public Task<SyncStatus> SyncNowAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _rounds);
            return Task.FromResult(Status());
        }
    }
}
