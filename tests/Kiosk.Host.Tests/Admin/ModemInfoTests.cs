using Kiosk.Host.Sms;

namespace Kiosk.Host.Tests.Admin;

/// <summary><c>kiosk modem info</c> through the admin socket to the real gateway on the simulated modem (a pty).</summary>
public class ModemInfoTests
{
    private const string Imsi = "510101234567890";
    private const string Iccid = "8962100012345678901";

    [Fact]
    public async Task Modem_info_shows_identity_SIM_network_signal_and_credit_and_the_journal_never_sees_the_IMSI_or_ICCID()
    {
        var logs = new ListLoggerProvider();
        await using var server = await KioskServer.StartWithAsync(
            s => s.AddSingleton<ILoggerProvider>(logs), null, null, "--Kiosk:Modem:Transport=simulated", "--Kiosk:Modem:BalanceUssd=*888#", "--Logging:LogLevel:Default=Trace");
        await server.Services.GetRequiredService<SmsGateway>().Ready.WaitAsync(TimeSpan.FromSeconds(30));

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "modem", "info");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var expected in (string[])["KIOSK-EMULATOR", "KIOSK-EMU 1.0", "867530900000001", Imsi, Iccid, "TELKOMSEL", "home", "+6281100000", "-73 dBm, 4/5 bars", "ready", "Sisa pulsa Anda Rp 12.345"])
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }

        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(Imsi, StringComparison.Ordinal) || e.Message.Contains(Iccid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_balance_code_no_USSD_is_sent_and_the_credit_line_says_what_to_set()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Modem:Transport=simulated");
        var gateway = server.Services.GetRequiredService<SmsGateway>();
        await gateway.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var environment = CliRun.Environment(server.DataDirectory);
        environment["LANG"] = "id_ID.UTF-8";

        var run = await CliRun.RunAsync(environment, "modem", "info");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("tidak dibaca: isi Kiosk:Modem:BalanceUssd", run.Output, StringComparison.Ordinal);
        Assert.Contains("-73 dBm, 4/5 bar", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(gateway.Emulator!.Commands, c => c.StartsWith("AT+CUSD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Modem_info_with_the_service_stopped_exits_3_saying_how_to_start_it()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("modem-stopped")), "modem", "info");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("systemctl start kiosk", run.Error, StringComparison.Ordinal);
    }
}
