using Kiosk.Core.Complaints;
using Kiosk.Core.Configuration;
using Kiosk.Core.Queue;
using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Replies;
using Kiosk.Core.Status;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Admin;
using Kiosk.Host.Api;
using Kiosk.Host.Health;
using Kiosk.Host.Peripherals;
using Kiosk.Host.Printing;
using Kiosk.Host.Sms;
using Kiosk.Host.Sync;
using Kiosk.Host.Ui;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Composition;

/// <summary>Builds the one web application the kiosk runs: configuration, store, domain, HTTP API.</summary>
public static class KioskApp
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>Default request body limit: a complaint is at most a few kilobytes.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>
    /// Builds the application; <paramref name="configure"/> runs after the defaults are registered. Throws <see cref="OfficeConfigurationException"/> when the
    /// configuration is bad, before anything listens.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Admin (technician) part 1 of 2: the device's /etc/kiosk/kiosk.json after appsettings.json.
        KioskConfigFile.AddTo(builder.Configuration, KioskConfigFile.Resolve(builder.Configuration[KioskConfigFile.PathVariable]));
        builder.Host.UseSystemd();
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        var kiosk = builder.Configuration.GetSection(KioskOptions.SectionName).Get<KioskOptions>() ?? new KioskOptions();
        var officeOptions = builder.Configuration.GetSection(OfficeOptions.SectionName).Get<OfficeOptions>() ?? new OfficeOptions();
        var office = OfficeProfile.From(officeOptions);
        var dataDirectory = Path.GetFullPath(kiosk.DataDirectory, Directory.GetCurrentDirectory());

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(office);
        builder.Services.AddSingleton(new DataDirectory(dataDirectory));
        builder.Services.AddSingleton(_ => LiteKioskDatabase.Open(dataDirectory));
        builder.Services.AddSingleton<ITicketStore, LiteTicketStore>();
        builder.Services.AddSingleton<IComplaintStore, LiteComplaintStore>();
        builder.Services.AddSingleton<IOutbox, LiteOutbox>();
        builder.Services.AddSingleton<QueueService>();
        builder.Services.AddSingleton<ComplaintService>();
        builder.Services.AddSingleton<StatusLookup>();
        builder.Services.AddSingleton<HealthReporter>();
        builder.Services.AddSingleton<IHealthComponent, StoreHealth>();
        builder.Services.AddSingleton<ISmsOutbox, LiteSmsOutbox>();
        builder.Services.AddSingleton<IReplyLedger, LiteReplyLedger>();
        builder.Services.AddSingleton(sp => new SmsReplies(Language.Id, office.TimeZone, office.Name));
        var smsOptions = builder.Configuration.GetSection(SmsOptions.SectionName).Get<SmsOptions>() ?? new SmsOptions();
        if (smsOptions.Validate() is { Count: > 0 } smsProblems)
        {
            throw new StartupConfigurationException(smsProblems);
        }

        builder.Services.AddSingleton(smsOptions);
        builder.Services.AddSingleton(sp => new ReplyBudget(sp.GetRequiredService<IReplyLedger>(), sp.GetRequiredService<TimeProvider>(), office.TimeZone, smsOptions.Limits));
        builder.Services.AddSingleton<SmsDispatcher>();
        builder.Services.AddPrinter(builder.Configuration, dataDirectory);
        builder.Services.AddSync(builder.Configuration);
        builder.Services.AddSmsGateway(builder.Configuration);
        builder.Services.AddPeripherals(builder.Configuration);
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));

        // Admin (technician) part 2 of 2: the admin API on its own Unix socket, the systemd watchdog.
        builder.AddAdminSocket(dataDirectory, DefaultUrl);

        // Last, so tests and the CLI can replace what was registered (a fake clock, a device).
        configure?.Invoke(builder);

        var app = builder.Build();

        // Open the store now: a data directory that cannot be written stops the start, not the first ticket.
        _ = app.Services.GetRequiredService<LiteKioskDatabase>();

        // Validate the rest of the configuration now too (OptionsValidationException names the keys).
        _ = app.Services.GetRequiredService<IOptions<UpstreamOptions>>().Value;

        app.UseMiddleware<ProblemMiddleware>();
        app.MapHealth();
        app.MapOfficeApi();
        app.MapTicketApi();
        app.MapComplaintApi();
        app.MapStatusApi();
        app.MapCounterApi();
        app.MapPrinterApi();
        app.MapAdminApi();
        app.MapKioskUi();
        app.MapFallback(() => Problems.NotFound());
        return app;
    }
}

/// <summary>The resolved absolute data directory.</summary>
public sealed record DataDirectory(string Path);
