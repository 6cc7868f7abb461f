using System.Security.Cryptography.X509Certificates;
using System.Threading.RateLimiting;
using Kiosk.Core.Counters;
using Kiosk.Core.Queue;
using Kiosk.Core.Sms;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;
using Kiosk.Host.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kiosk.Host.Counters;

/// <summary>
/// The office side: counters and displays (configuration in the store, paired by code), the staff
/// listener (<c>Kiosk:Staff</c>) with its API, the counter page and the waiting-room display, and the
/// <see cref="CallFeed"/> every call goes out on. Seams for other features: <see cref="ICallVoice"/>
/// (silent by default), <see cref="CounterDesk"/> (what GPIO buttons call), <see cref="CallFeed"/> (what
/// number displays subscribe to).
/// </summary>
public static class CountersSetup
{
    public static IServiceCollection AddCounters(this IServiceCollection services, IConfiguration configuration)
    {
        KioskValidation.Staff.Register(services, configuration);
        services.AddSingleton<ICounterStore>(sp => new LiteCounterStore(sp.GetRequiredService<LiteKioskDatabase>()));
        services.AddSingleton<CounterRegistry>();
        services.AddSingleton<IAtomicWrites>(sp => sp.GetRequiredService<LiteKioskDatabase>());
        services.AddSingleton<CalledNotifier>();
        services.TryAddSingleton<ICallVoice, SilentCallVoice>();
        services.AddSingleton(sp =>
        {
            // After a restart the display shows the day's latest calls again (without their voice).
            var feed = new CallFeed();
            feed.Seed(sp.GetRequiredService<QueueService>().LatestCalls(CallFeed.Kept).Reverse()
                .Select(t => new CallAnnouncement(t.Code, t.Counter!, CounterRegistry.Slug(t.Counter!), t.CalledAt!.Value, t.CallSequence, CallKind.Call, null)));
            return feed;
        });
        services.AddSingleton<CounterDesk>();
        services.AddSingleton<StaffAccess>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Problems.Simple(StatusCodes.Status429TooManyRequests, "rate-limited", "Terlalu banyak permintaan", "Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.")
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(StaffApi.StaffPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(context),
                _ => Window(context.RequestServices.GetRequiredService<StaffOptions>().RequestsPerMinute)));
            limiter.AddPolicy(StaffApi.PairingPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                "pair:" + context.Connection.RemoteIpAddress,
                _ => Window(context.RequestServices.GetRequiredService<StaffOptions>().PairingAttemptsPerMinute)));
        });
        return services;
    }

    /// <summary>
    /// Adds the staff listener's URLs beside the resident UI's (call before the admin socket is added,
    /// which appends itself to the same list), and its certificate for https URLs.
    /// </summary>
    public static void AddStaffListener(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(StaffOptions.SectionName).Get<StaffOptions>() ?? new StaffOptions();
        if (options.Validate().Count > 0)
        {
            // Reported with every other bad setting by the start's validation; nothing to listen on.
            return;
        }

        var resident = builder.Configuration["urls"] ?? KioskHost.DefaultUrl;
        var residentPorts = resident.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => Uri.TryCreate(u.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Port : -1)
            .ToHashSet();
        if (options.Ports().FirstOrDefault(residentPorts.Contains) is var shared and > 0)
        {
            throw new StartupConfigurationException($"{StaffOptions.SectionName}:{nameof(StaffOptions.Urls)}: port {shared} is also the resident touchscreen's; the staff listener needs a port of its own");
        }

        builder.WebHost.UseUrls($"{resident};{string.Join(';', options.ParsedUrls().Select(u => u.GetLeftPart(UriPartial.Authority)))}");
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = LoadCertificate(options)));
        }
    }

    public static WebApplication MapCounters(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var access = app.Services.GetRequiredService<StaffAccess>();
        app.Use(async (context, next) =>
        {
            if (access.OnStaffListener(context) && !StaffAccess.ServedOnStaffListener(context.Request.Path))
            {
                await Problems.NotFound().ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        app.UseRateLimiter();
        app.MapStaffApi(access);
        app.MapDisplayApi(access);
        app.MapStaffPages(access);
        app.MapCounterAdminApi();
        return app;
    }

    private static string PartitionKey(HttpContext context) =>
        StaffAccess.BearerToken(context.Request) is { } token ? "token:" + StaffSecrets.Hash(token) : "ip:" + context.Connection.RemoteIpAddress;

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    private static X509Certificate2 LoadCertificate(StaffOptions options) =>
        string.IsNullOrWhiteSpace(options.CertificateKeyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword)
            : X509Certificate2.CreateFromPemFile(options.CertificatePath!, options.CertificateKeyPath);
}
