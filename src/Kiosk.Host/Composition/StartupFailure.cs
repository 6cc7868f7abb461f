using Kiosk.Core.Configuration;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Admin;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Composition;

/// <summary>How the service starts, and how a start that cannot work ends: one readable line per problem and a sysexits code.</summary>
public static class StartupFailure
{
    /// <summary>
    /// Checks what must work before anything listens: every settings section through
    /// <see cref="KioskValidation"/> (all problems at once), then the store.
    /// </summary>
    public static void ValidateAtStart(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var problems = KioskValidation.Validate(app.Configuration).Select(p => p.ToString()).ToList();
        if (problems.Count == 0)
        {
            // The options as the service will use them (a test's configure step included), through the same validators.
            foreach (var section in KioskValidation.Sections)
            {
                try
                {
                    section.Resolve(app.Services);
                }
                catch (OptionsValidationException e)
                {
                    problems.AddRange(e.Failures);
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new StartupConfigurationException(problems);
        }

        // A data directory that cannot be written stops the start, not the first ticket.
        _ = app.Services.GetRequiredService<LiteKioskDatabase>();
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
            return await RefuseAsync(problems, error);
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

        // Taken before the run: RunAsync disposes the service provider when the host stops.
        var workers = app.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
        try
        {
            await app.RunAsync();
        }
        catch (Exception e) when (ConfigurationProblems(e) is { } problems)
        {
            return await RefuseAsync(problems, error);
        }
        catch (AdminSocketException e)
        {
            await error.WriteLineAsync($"kiosk: the admin socket cannot be set up, the service stops:\n  {e.Message}");
            return (int)ExitCode.CannotCreate;
        }

        // A worker that failed stopped the host (BackgroundServiceExceptionBehavior.StopHost): that is
        // not a clean stop, and systemd must see it as a failure, not as 0.
        if (workers.Find(w => w.ExecuteTask is { IsFaulted: true }) is { } failed)
        {
            await error.WriteLineAsync($"kiosk: {failed.GetType().Name} failed, the service stops: {failed.ExecuteTask!.Exception!.GetBaseException().Message}");
            return (int)ExitCode.Software;
        }

        return 0;
    }

    private static async Task<int> RefuseAsync(IEnumerable<string> problems, TextWriter error)
    {
        await error.WriteLineAsync("kiosk: the configuration is not valid, the service does not start:");
        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"  {problem}");
        }

        return (int)ExitCode.ConfigurationInvalid;
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
