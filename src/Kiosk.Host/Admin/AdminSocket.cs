using Kiosk.Host.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kiosk.Host.Admin;

/// <summary>
/// Puts the admin API on its own Unix socket next to the TCP listener (never on the network),
/// restricts the socket to mode 0660 and group <c>kiosk-admin</c>, and adds the systemd watchdog.
/// </summary>
public static class AdminSocket
{
    /// <summary>Adds the socket listener to the URLs Kestrel binds; call after the URLs are settled.</summary>
    public static string AddAdminSocket(this WebApplicationBuilder builder, string dataDirectory, string fallbackUrls)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Only the path here: its directory is made when the host starts (AdminSocketGuard), after
        // the store has had its say about a data directory that cannot be used.
        var path = AdminOptions.ResolveSocket(builder.Configuration, dataDirectory);
        var urls = builder.Configuration["urls"];
        builder.WebHost.UseUrls($"{(string.IsNullOrWhiteSpace(urls) ? fallbackUrls : urls)};http://unix:{path}");
        builder.Services.AddSingleton(new AdminSocketPath(path));
        builder.Services.AddHostedService<AdminSocketGuard>();
        builder.Services.TryAddSingleton<IWatchdogEnvironment, ProcessWatchdogEnvironment>();
        builder.Services.AddHostedService(sp => new WatchdogWorker(
            sp.GetService<Microsoft.Extensions.Hosting.Systemd.ISystemdNotifier>(),
            sp.GetRequiredService<IWatchdogEnvironment>(),
            sp.GetRequiredService<HealthReporter>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WatchdogWorker>>()));
        return path;
    }
}

/// <summary>The admin socket this service listens on.</summary>
public sealed record AdminSocketPath(string Path);
