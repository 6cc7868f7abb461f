using System.Diagnostics;
using Kiosk.Host.Admin;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Admin;

/// <summary>What only a real `kiosk` process shows: the socket after kill -9, exit codes, the CLI dispatch.</summary>
public class AdminSocketProcessTests
{
    [Fact]
    public async Task A_socket_left_behind_by_kill_9_does_not_stop_the_next_start()
    {
        var data = CliRun.TempDirectory("kill9-socket");
        using (var first = KioskProcess.Start(data))
        {
            await first.WaitUntilReadyAsync();
            first.KillHard();
        }

        Assert.True(File.Exists(Path.Combine(data, AdminOptions.DefaultSocketName)), "kill -9 should leave the socket file behind");
        Assert.False(UnixSocketFile.Answers(Path.Combine(data, AdminOptions.DefaultSocketName)));

        using var second = KioskProcess.Start(data);
        await second.WaitUntilReadyAsync();
        var run = await CliRun.RunAsync(CliRun.Environment(data), "doctor");

        Assert.Contains("PASS  service", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_socket_directory_that_cannot_be_created_stops_the_service_with_73_naming_the_key()
    {
        using var kiosk = KioskProcess.Start(CliRun.TempDirectory("bad-socket"), "--Kiosk:Admin:Socket=/proc/kiosk-no-socket-here/admin.sock");

        Assert.Equal((int)ExitCode.CannotCreate, await kiosk.WaitForExitAsync());
        Assert.Contains("Kiosk:Admin:Socket: cannot create /proc/kiosk-no-socket-here/admin.sock", kiosk.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kiosk_executable_with_a_command_runs_the_CLI_and_returns_its_exit_code()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kiosk.dll"));
        info.ArgumentList.Add("frobnicate");
        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Run 'kiosk --help' for usage.", error, StringComparison.Ordinal);
    }
}
