using Kiosk.Core.Configuration;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Admin;
using Kiosk.Host.Sync;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Composition;

/// <summary>How the service starts, and how a start that cannot work ends: one readable line per problem and a sysexits code.</summary>
public static class StartupFailure
{
    /// <summary>Opens what must work before anything listens: the store, and every validated option.</summary>
    public static void ValidateAtStart(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // A data directory that cannot be written stops the start, not the first ticket.
        _ = app.Services.GetRequiredService<LiteKioskDatabase>();
        _ = app.Services.GetRequiredService<IOptions<UpstreamOptions>>().Value;
    }

    public static async Task<int> RunAsync(Func<WebApplication> build, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(error);
        WebApplication app;
        try
        {
            app = build();
        }
        catch (Exception e) when (ConfigurationProblems(e) is { } problems)
        {
            await error.WriteLineAsync("kiosk: the configuration is not valid, the service does not start:");
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"  {problem}");
            }

            return (int)ExitCode.ConfigurationInvalid;
        }
        catch (StoreDamagedException e)
        {
            // One line, no stack trace; the files stay as they were for `kiosk store check` / `repair`.
            await error.WriteLineAsync($"kiosk: {e.File}: {e.Problem}; the service does not start and leaves the store as it is (see kiosk store check)");
            return (int)ExitCode.CannotCreate;
        }
        catch (StorageException e)
        {
            await error.WriteLineAsync($"kiosk: the store cannot be opened, the service does not start:\n  Kiosk:DataDirectory: {e.Message}");
            return (int)ExitCode.CannotCreate;
        }

        try
        {
            await app.RunAsync();
        }
        catch (AdminSocketException e)
        {
            await error.WriteLineAsync($"kiosk: the admin socket cannot be set up, the service stops:\n  {e.Message}");
            return (int)ExitCode.CannotCreate;
        }

        return 0;
    }

    /// <summary>Every bad key with its reason, from whichever part refused its configuration; null for other failures.</summary>
    private static IEnumerable<string>? ConfigurationProblems(Exception e) => e switch
    {
        OfficeConfigurationException office => office.Problems.Select(p => $"{p.Key}: {p.Reason}"),
        PrinterConfigurationException printer => [$"{printer.Key}: {printer.Reason}"],
        OptionsValidationException options => options.Failures,
        StartupConfigurationException startup => startup.Problems,
        _ => null,
    };
}
