using Kiosk.Core.Configuration;
using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Replies;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Health;

namespace Kiosk.Host.Sms;

/// <summary>Registers the SMS gateway on the modem chosen in <c>Kiosk:Modem</c> (the simulated one by default).</summary>
public static class SmsSetup
{
    private static readonly Func<CancellationToken, Task> NoPowerKey = _ => Task.CompletedTask;

    /// <summary>Registers the <c>Kiosk:Sms</c> and <c>Kiosk:Modem</c> settings (validated at start by <see cref="Composition.KioskValidation"/>) and the gateway.</summary>
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        Composition.KioskValidation.Sms.Register(services, configuration);
        Composition.KioskValidation.Modem.Register(services, configuration);
        services.AddSingleton<ISmsOutbox, LiteSmsOutbox>();
        services.AddSingleton<IReplyLedger, LiteReplyLedger>();
        services.AddSingleton(sp => new SmsReplies(Language.Id, sp.GetRequiredService<OfficeProfile>().TimeZone, sp.GetRequiredService<OfficeProfile>().Name));
        services.AddSingleton(sp => new ReplyBudget(sp.GetRequiredService<IReplyLedger>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<OfficeProfile>().TimeZone, sp.GetRequiredService<SmsOptions>().Limits, sp.GetRequiredService<SmsOptions>().AllowedSenders));
        services.AddSingleton<SmsDispatcher>();

        // Whether the gateway runs is decided now; a section that cannot be read stops the start anyway.
        var options = Composition.KioskValidation.Modem.Read(configuration);
        services.AddSingleton<ModemStatus>();
        services.AddSingleton<ISmsInbox>(sp => new LiteSmsInbox(sp.GetRequiredService<LiteKioskDatabase>()));
        services.AddSingleton(sp => new InboxProcessor(
            sp.GetRequiredService<ISmsInbox>(),
            sp.GetRequiredService<ISmsOutbox>(),
            sp.GetRequiredService<SmsDispatcher>(),
            sp.GetRequiredService<LiteKioskDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ModemOptions>().PartTimeout));
        services.AddSingleton<TurnNearNotifier>();
        services.AddSingleton(sp => new LiteSmsLog(sp.GetRequiredService<LiteKioskDatabase>()));
        services.AddSingleton<IHealthComponent, ModemHealth>();
        services.AddSingleton(sp =>
        {
            // The last step of a stuck modem's recovery: its power key, when one is wired.
            var powerKey = sp.GetService<Hardware.Gpio.GpioBoard>()?.ModemPowerKey;
            return ActivatorUtilities.CreateInstance<ModemSession>(sp, powerKey is null ? NoPowerKey : new Func<CancellationToken, Task>(powerKey.PowerCycleAsync));
        });
        services.AddSingleton<SmsSender>();
        services.AddSingleton<SmsReceiver>();
        services.AddSingleton<SmsGateway>();
        if (options.IsEnabled)
        {
            services.AddSingleton<Admin.IModemControl, ModemControl>();
            services.AddHostedService(sp => sp.GetRequiredService<SmsGateway>());
        }

        return services;
    }
}
