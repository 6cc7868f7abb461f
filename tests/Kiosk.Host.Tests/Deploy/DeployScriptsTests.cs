using System.ComponentModel;
using System.Diagnostics;

namespace Kiosk.Host.Tests.Deploy;

/// <summary>
/// Runs tests/deploy/run.sh, the shell checks of deploy/raspberrypi (shellcheck, install.sh in a
/// throw-away root, systemd-analyze verify and security, udev rules, the polkit power-off rule).
/// </summary>
public sealed class DeployScriptsTests
{
    private const string InstallHint = "apt-get install -y shellcheck systemd udev util-linux python3 curl dbus-daemon polkitd";

    [Fact]
    public async Task Raspberry_Pi_install_scripts_units_and_rules_pass_their_checks()
    {
        foreach (var tool in new[] { "shellcheck", "systemd-analyze", "udevadm", "pkcheck" })
        {
            Assert.True(OnPath(tool), $"{tool} not found: {InstallHint}");
        }

        var repository = RepositoryRoot();
        var start = new ProcessStartInfo("bash", [Path.Combine(repository, "tests", "deploy", "run.sh")])
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"bash not found ({e.Message}): apt-get install -y bash");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"tests/deploy/run.sh exited {process.ExitCode}:\n{output}\n{await error}");
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
            .Any(directory => File.Exists(Path.Combine(directory, tool)));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kiosk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Kiosk.sln not found above {AppContext.BaseDirectory}");
    }
}
