using Kiosk.Core.Configuration;
using Kiosk.Core.Storage;
using Kiosk.Hardware.Printer;
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
        var serviceArgs = args.Length > 0 && args[0] == "run" ? args[1..] : args;
        WebApplication app;
        try
        {
            app = KioskApp.Build(serviceArgs);
        }
        catch (OfficeConfigurationException e)
        {
            await Console.Error.WriteLineAsync("kiosk: the configuration is not valid, the service does not start:");
            foreach (var problem in e.Problems)
            {
                await Console.Error.WriteLineAsync($"  {problem.Key}: {problem.Reason}");
            }

            return ConfigurationError;
        }
        catch (PrinterConfigurationException e)
        {
            await Console.Error.WriteLineAsync($"kiosk: the configuration is not valid, the service does not start:\n  {e.Key}: {e.Reason}");
            return ConfigurationError;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("kiosk: the configuration is not valid, the service does not start:");
            foreach (var failure in e.Failures)
            {
                await Console.Error.WriteLineAsync($"  {failure}");
            }

            return ConfigurationError;
        }
        catch (Sms.ModemConfigurationException e)
        {
            await Console.Error.WriteLineAsync("kiosk: the configuration is not valid, the service does not start:");
            foreach (var problem in e.Problems)
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

        await app.RunAsync();
        return 0;
    }
}
