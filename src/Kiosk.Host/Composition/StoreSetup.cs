using Kiosk.Core.Configuration;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;

namespace Kiosk.Host.Composition;

/// <summary>What every feature stands on: the clock, the office profile, the data directory and its LiteDB store.</summary>
public static class StoreSetup
{
    public static IServiceCollection AddKioskStore(this IServiceCollection services, IConfiguration configuration)
    {
        KioskValidation.Kiosk.Register(services, configuration);
        KioskValidation.Office.Register(services, configuration);
        var dataDirectory = DataDirectory.From(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => OfficeProfile.From(sp.GetRequiredService<OfficeOptions>()));
        services.AddSingleton(dataDirectory);
        services.AddSingleton(sp => LiteKioskDatabase.Open(dataDirectory.Path, sp.GetRequiredService<TimeProvider>()));
        // The outbox every feature's change is written to in the same transaction (see docs/sync-protocol.md).
        services.AddSingleton<IOutbox, LiteOutbox>();
        // The unit of work a step that changes several records runs in (one transaction).
        services.AddSingleton<IAtomicWrites>(sp => sp.GetRequiredService<LiteKioskDatabase>());
        return services;
    }
}
