using Kiosk.Core.Configuration;
using Kiosk.Core.Storage;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Admin;
using Kiosk.Host.Cli;
using Kiosk.Host.Composition;

namespace Kiosk.Host;

public static class Program
{
    /// <summary>sysexits.h EX_CONFIG: systemd and technicians read it as "fix the configuration".</summary>
    public const int ConfigurationError = 78;

    /// <summary>sysexits.h EX_CANTCREAT: the data directory or store file cannot be used.</summary>
    public const int CannotCreate = 73;

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (KioskCli.IsCliInvocation(args))
        {
            var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
            return await KioskCli.RunAsync(args, Console.Out, Console.Error, environment, CancellationToken.None, Console.In, interactive: !Console.IsInputRedirected, outputIsTerminal: !Console.IsOutputRedirected);
        }

        var serviceArgs = args.Length > 0 && args[0] == "run" ? args[1..] : args;
        WebApplication app;
        try
        {
            app = KioskApp.Build(serviceArgs);
        }
        catch (Exception e) when (ConfigurationProblems(e) is { } problems)
        {
            await Console.Error.WriteLineAsync("kiosk: the configuration is not valid, the service does not start:");
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"  {problem}");
            }

            return ConfigurationError;
        }
        catch (StorageException e)
        {
            await Console.Error.WriteLineAsync($"kiosk: the store cannot be opened, the service does not start:\n  Kiosk:DataDirectory: {e.Message}");
            return CannotCreate;
        }

        try
        {
            await app.RunAsync();
        }
        catch (AdminSocketException e)
        {
            await Console.Error.WriteLineAsync($"kiosk: the admin socket cannot be set up, the service stops:\n  {e.Message}");
            return CannotCreate;
        }

        return 0;
    }

    /// <summary>Every bad key with its reason, from whichever part refused its configuration; null for other failures.</summary>
    private static IEnumerable<string>? ConfigurationProblems(Exception e) => e switch
    {
        OfficeConfigurationException office => office.Problems.Select(p => $"{p.Key}: {p.Reason}"),
        PrinterConfigurationException printer => [$"{printer.Key}: {printer.Reason}"],
        Microsoft.Extensions.Options.OptionsValidationException options => options.Failures,
        StartupConfigurationException startup => startup.Problems,
        _ => null,
    };
}
