using Kiosk.Core.Complaints;
using Kiosk.Core.Sms;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Core.Sync;
using Kiosk.Hardware.Gpio;
using Kiosk.Host.Gpio;
using Kiosk.Host.Health;
using Kiosk.Host.Printing;
using Kiosk.Host.Sms;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Sync;

/// <summary>Registers the upstream client, the sync engine and its worker (idle when no URL is set).</summary>
public static class SyncSetup
{
    public static IServiceCollection AddSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddUpstreamClient(configuration);
        services.AddSingleton<ISyncStateStore>(sp => new LiteSyncStateStore(sp.GetRequiredService<LiteKioskDatabase>()));
        services.AddSingleton<IHealthComponent, SyncHealth>();
        services.AddSingleton(sp => new SyncEngine(
            sp.GetRequiredService<IUpstreamClient>(),
            sp.GetRequiredService<IOutbox>(),
            sp.GetRequiredService<ComplaintService>(),
            sp.GetRequiredService<ISyncStateStore>(),
            sp.GetRequiredService<LiteKioskDatabase>(),
            sp.GetRequiredService<ISmsOutbox>(),
            complaint => sp.GetRequiredService<SmsDispatcher>().StatusNotice(complaint),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<UpstreamOptions>>().Value.BatchSize,
            sp.GetRequiredService<ILogger<SyncEngine>>()));
        services.AddSingleton<SyncQuarantine>();
        services.AddSingleton<Func<DeviceHeartbeat>>(sp => () => Heartbeat(sp));
        services.AddSingleton(sp => new StoreRetention(sp.GetRequiredService<LiteKioskDatabase>()));
        // The one place randomness enters sync: the backoff's jitter.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SyncWorker>(sp, (Func<double>)Random.Shared.NextDouble));
        if (Composition.KioskValidation.Upstream.Read(configuration) is { IsEnabled: true })
        {
            services.AddSingleton<Admin.ISyncControl, SyncControl>();
        }
        services.AddHostedService<BackgroundService>(sp => sp.GetRequiredService<IOptions<UpstreamOptions>>().Value is { IsEnabled: true, RunInBackground: true }
            ? sp.GetRequiredService<SyncWorker>()
            : new DisabledWorker());
        return services;
    }

    private static DeviceHeartbeat Heartbeat(IServiceProvider sp)
    {
        var printer = sp.GetRequiredService<PrinterMonitor>();
        var counts = sp.GetRequiredService<IOutbox>().Count();
        var data = sp.GetRequiredService<Composition.DataDirectory>();
        return new DeviceHeartbeat(
            sp.GetRequiredService<TimeProvider>().GetUtcNow(),
            ReceiptPrinter.AppVersion,
            Environment.OSVersion.VersionString,
            Modem(sp),
            new HeartbeatPrinter(printer.Known),
            new PendingCounts(counts.Pending, sp.GetRequiredService<ISmsOutbox>().PendingCount()),
            new DriveInfo(data.Path).AvailableFreeSpace,
            CpuTemperature(),
            OnBattery(sp));
    }

    /// <summary>What the gateway last learned of its modem; null only when no modem is configured.</summary>
    private static HeartbeatModem? Modem(IServiceProvider sp)
    {
        if (!sp.GetRequiredService<ModemOptions>().IsEnabled)
        {
            return null;
        }

        var modem = sp.GetRequiredService<ModemStatus>();
        return new HeartbeatModem(
            modem.SignalDbm,
            modem.IsRegistered,
            modem.Operator);
    }

    /// <summary>Mains or battery as the UPS monitor says; null when no UPS is wired.</summary>
    private static bool? OnBattery(IServiceProvider sp) =>
        sp.GetRequiredService<GpioBoard>().PowerSensor is null ? null : sp.GetRequiredService<PowerSupply>().OnBattery;

    private static double? CpuTemperature()
    {
        const string Zone = "/sys/class/thermal/thermal_zone0/temp";
        try
        {
            return File.Exists(Zone) && double.TryParse(File.ReadAllText(Zone).Trim(), System.Globalization.CultureInfo.InvariantCulture, out var milli) ? milli / 1000 : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Sync without an upstream URL: nothing runs, and /healthz says so.</summary>
    private sealed class DisabledWorker : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
    }
}
