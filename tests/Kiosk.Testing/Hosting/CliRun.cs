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

    /// <summary>The environment that points the CLI at a data directory (and its socket) and a config file.</summary>
    public static Dictionary<string, string?> Environment(string dataDirectory, string? configFile = null) => new(StringComparer.Ordinal)
    {
        ["Kiosk__DataDirectory"] = dataDirectory,
        ["KIOSK_CONFIG"] = configFile ?? Path.Combine(dataDirectory, "no-kiosk.json"),
    };

    public static string TempDirectory(string name) => Path.Combine(Path.GetTempPath(), $"kiosk-cli-{name}-{Guid.NewGuid():N}");

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
