using Kiosk.Host.Admin.Cli;

namespace Kiosk.Testing;

/// <summary>One in-process `kiosk ...` run: what a technician's shell would see.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KioskCli.RunAsync(args, output, error, environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// One `kiosk ...` as its own process (`dotnet kiosk.dll`), for what only a process shows: the
    /// exit code the shell sees (134 for an unhandled exception), whether a service started.
    /// A run that has not exited within 60 s is killed and fails the test.
    /// </summary>
    public static Task<CliRun> RunProcessAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) => RunProcessAsAsync(null, environment, args);

    /// <summary>As <see cref="RunProcessAsync"/>, as <paramref name="user"/> (setpriv, util-linux; the test runs as root) when it is not null.</summary>
    public static async Task<CliRun> RunProcessAsAsync(string? user, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo(user is null ? "dotnet" : "setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (user is not null)
        {
            foreach (var arg in (string[])[$"--reuid={user}", $"--regid={user}", "--init-groups", "dotnet"])
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["HOME"] = Path.GetTempPath();
            info.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kiosk.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"kiosk {string.Join(' ', args)} had not exited after 60 s (a service started?):\n{await output}\n{await error}");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>The environment that points the CLI at a data directory (and its socket) and a config file.</summary>
    public static Dictionary<string, string?> Environment(string dataDirectory, string? configFile = null) => new(StringComparer.Ordinal)
    {
        ["Kiosk__DataDirectory"] = dataDirectory,
        ["KIOSK_CONFIG"] = configFile ?? Path.Combine(dataDirectory, "no-kiosk.json"),
    };

    public static string TempDirectory(string name) => Path.Combine(Path.GetTempPath(), $"kiosk-cli-{name}-{Guid.NewGuid():N}");

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
