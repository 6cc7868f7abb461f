using Kiosk.Host.Admin.Cli;
using Kiosk.Host.Composition;
using Kiosk.Host.Printing;

namespace Kiosk.Host.Tests.Admin.Cli;

public class CliBasicsTests
{
    [Fact]
    public async Task Version_prints_the_kiosk_version_and_exits_0()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("version")), "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"kiosk {ReceiptPrinter.AppVersion}", run.Output.Trim());
    }

    [Fact]
    public async Task An_unknown_command_exits_2_and_says_where_the_help_is()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("unknown")), "frobnicate");

        Assert.Equal((int)ExitCode.Usage, run.ExitCode);
        Assert.Contains("'frobnicate'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'kiosk --help'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_argument_exits_2_naming_the_subcommand_help()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("missing")), "ticket", "show");

        Assert.Equal((int)ExitCode.Usage, run.ExitCode);
        Assert.Contains("Run 'kiosk ticket show --help'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_command_in_English_by_default()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("help")), "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in (string[])["run", "provision", "doctor", "printer", "ticket", "complaint", "sync", "modem", "backup", "restore"])
        {
            Assert.Contains($"  {command}", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Check everything and print PASS, WARN or FAIL", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_of_a_subcommand_is_in_Indonesian_when_LANG_is_id_ID()
    {
        var environment = CliRun.Environment(CliRun.TempDirectory("help-id"));
        environment["LANG"] = "id_ID.UTF-8";

        var run = await CliRun.RunAsync(environment, "modem", "ussd", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Jalankan kode USSD (misalnya *888# untuk cek pulsa).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_that_need_the_service_exit_3_when_it_is_not_running()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("down")), "sync", "status");

        Assert.Equal((int)ExitCode.ServiceNotRunning, run.ExitCode);
        Assert.Contains("not running", run.Error, StringComparison.Ordinal);
        Assert.Contains("systemctl start kiosk", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_runs_without_arguments_with_run_or_with_host_settings_and_the_CLI_otherwise()
    {
        Assert.False(KioskCli.IsCliInvocation([]));
        Assert.False(KioskCli.IsCliInvocation(["run", "--urls", "http://127.0.0.1:0"]));
        Assert.False(KioskCli.IsCliInvocation(["--urls", "http://127.0.0.1:0"]));
        Assert.False(KioskCli.IsCliInvocation(["--urls", "http://127.0.0.1:0", "--Kiosk:DataDirectory=/tmp/x", "--KIOSK_CONFIG=/tmp/k.json"]));
        Assert.False(KioskCli.IsCliInvocation(["--Kiosk:Modem:Transport", "none"]));
        Assert.True(KioskCli.IsCliInvocation(["--version"]));
        Assert.True(KioskCli.IsCliInvocation(["--verison"]));
        Assert.True(KioskCli.IsCliInvocation(["--urls"]));
        Assert.True(KioskCli.IsCliInvocation(["--urls", "http://127.0.0.1:0", "--verbose"]));
        Assert.True(KioskCli.IsCliInvocation(["run", "--help"]));
        Assert.True(KioskCli.IsCliInvocation(["doctor"]));
        Assert.True(KioskCli.IsCliInvocation(["frobnicate"]));
    }

    [Theory]
    [InlineData("--verison", "--version")]
    [InlineData("doctr", "doctor")]
    [InlineData("--hepl", "--help")]
    public async Task A_mistyped_flag_or_command_exits_2_naming_the_nearest_valid_one(string typed, string meant)
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("typo")), typed);

        Assert.Equal((int)ExitCode.Usage, run.ExitCode);
        Assert.Contains($"'{typed}' is not known here. Did you mean {meant}?", run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'kiosk --help'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_subcommand_names_the_nearest_of_its_parent_in_Indonesian()
    {
        var environment = CliRun.Environment(CliRun.TempDirectory("typo-id"));
        environment["LANG"] = "id_ID.UTF-8";

        var run = await CliRun.RunAsync(environment, "sync", "nwo");

        Assert.Equal((int)ExitCode.Usage, run.ExitCode);
        Assert.Contains("'nwo' tidak dikenal di sini. Maksud Anda now?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_far_from_every_command_gets_no_guess()
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("far")), "frobnicate");

        Assert.Equal((int)ExitCode.Usage, run.ExitCode);
        Assert.DoesNotContain("Did you mean", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistyped_version_flag_as_a_real_process_prints_usage_and_exits_2_without_starting_the_service()
    {
        var data = CliRun.TempDirectory("verison");

        var run = await CliRun.RunProcessAsync(CliRun.Environment(data), "--verison");

        Assert.True(run.ExitCode == (int)ExitCode.Usage, run.ToString());
        Assert.Contains("Did you mean --version?", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data), "the service would have created its data directory");
    }
}
