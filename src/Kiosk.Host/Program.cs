using Kiosk.Host.Admin;
using Kiosk.Host.Admin.Cli;
using Kiosk.Host.Complaints;
using Kiosk.Host.Composition;
using Kiosk.Host.Counters;
using Kiosk.Host.Gpio;
using Kiosk.Host.Health;
using Kiosk.Host.Http;
using Kiosk.Host.Printing;
using Kiosk.Host.Queue;
using Kiosk.Host.Sms;
using Kiosk.Host.Status;
using Kiosk.Host.Sync;
using Kiosk.Host.Ui;
using Kiosk.Host.Voice;

namespace Kiosk.Host;

/// <summary>One binary, two faces: <c>kiosk</c> with a command is the technician's CLI; without one it is the service.</summary>
public static class Program
{
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
        return await StartupFailure.RunAsync(() => Build(serviceArgs), Console.Error);
    }

    /// <summary>
    /// The kiosk as the list of its features; <paramref name="configure"/> runs after them, so tests
    /// and the CLI can replace what was registered (a fake clock, a device).
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = KioskHost.CreateBuilder(args);
        var configuration = builder.Configuration;
        builder.Services
            .AddKioskStore(configuration)
            .AddHealth(configuration)
            .AddQueue(configuration)
            .AddComplaints(configuration)
            .AddStatus(configuration)
            .AddSms(configuration)
            .AddPrinting(configuration)
            .AddSync(configuration)
            .AddGpio(configuration)
            .AddUi(configuration)
            .AddVoice(configuration)
            .AddCounters(configuration)
            .AddHttpApi();
        builder.AddStaffListener();
        builder.AddAdmin();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.ValidateAtStart();
        app.UseMiddleware<ProblemMiddleware>();
        app.MapHealth();
        app.MapQueue();
        app.MapComplaints();
        app.MapStatus();
        app.MapPrinting();
        app.MapAdmin();
        app.MapCounters();
        app.MapUi();
        app.MapFallback(Problems.NotFound);
        return app;
    }
}
