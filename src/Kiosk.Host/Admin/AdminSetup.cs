using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin;

/// <summary>
/// The technician's feature: the admin API on its own Unix socket (never on TCP), used by the
/// <c>kiosk</c> CLI (<see cref="Cli.KioskCli"/>).
/// </summary>
public static class AdminSetup
{
    /// <summary>Adds the socket next to the configured URLs; returns its path.</summary>
    public static string AddAdmin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Only the path here: its directory is made when the host starts (AdminSocketGuard), after
        // the store has had its say about a data directory that cannot be used.
        var path = AdminOptions.ResolveSocket(builder.Configuration, DataDirectory.From(builder.Configuration).Path);
        var urls = builder.Configuration["urls"];
        builder.WebHost.UseUrls($"{(string.IsNullOrWhiteSpace(urls) ? KioskHost.DefaultUrl : urls)};http://unix:{path}");
        KioskValidation.Admin.Register(builder.Services, builder.Configuration);
        builder.Services.AddSingleton(new AdminSocketPath(path));
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddHostedService<AdminSocketGuard>();
        return path;
    }

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapAdminApi();
        return app;
    }
}

public sealed record AdminSocketPath(string Path);
