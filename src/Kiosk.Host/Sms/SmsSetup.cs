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
    /// <summary>Reads and checks the modem settings; throws <see cref="Composition.StartupConfigurationException"/> naming each bad key.</summary>
    private static readonly Func<CancellationToken, Task> NoPowerKey = _ => Task.CompletedTask;

    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        var office = OfficeProfile.From(configuration.GetSection(OfficeOptions.SectionName).Get<OfficeOptions>() ?? new OfficeOptions());
        var smsOptions = configuration.GetSection(SmsOptions.SectionName).Get<SmsOptions>() ?? new SmsOptions();
        if (smsOptions.Validate() is { Count: > 0 } smsProblems)
        {
            throw new Composition.StartupConfigurationException(smsProblems);
        }

        services.AddSingleton<ISmsOutbox, LiteSmsOutbox>();
        services.AddSingleton<IReplyLedger, LiteReplyLedger>();
        services.AddSingleton(sp => new SmsReplies(Language.Id, office.TimeZone, office.Name));
        services.AddSingleton(smsOptions);
        services.AddSingleton(sp => new ReplyBudget(sp.GetRequiredService<IReplyLedger>(), sp.GetRequiredService<TimeProvider>(), office.TimeZone, smsOptions.Limits));
        services.AddSingleton<SmsDispatcher>();

        var options = configuration.GetSection(ModemOptions.SectionName).Get<ModemOptions>() ?? new ModemOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new Composition.StartupConfigurationException(problems);
        }

        services.AddSingleton(options);
        services.AddSingleton<ModemStatus>();
        services.AddSingleton<ISmsInbox>(sp => new LiteSmsInbox(sp.GetRequiredService<LiteKioskDatabase>()));
        services.AddSingleton(sp => new InboxProcessor(
            sp.GetRequiredService<ISmsInbox>(),
            sp.GetRequiredService<ISmsOutbox>(),
            sp.GetRequiredService<SmsDispatcher>(),
            sp.GetRequiredService<TimeProvider>(),
            options.PartTimeout));
        services.AddSingleton<TurnNearNotifier>();
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
