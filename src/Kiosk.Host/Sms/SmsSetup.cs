using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Health;

namespace Kiosk.Host.Sms;

/// <summary>Registers the SMS gateway on the modem chosen in <c>Kiosk:Modem</c> (the simulated one by default).</summary>
public static class SmsSetup
{
    /// <summary>Reads and checks the modem settings; throws <see cref="ModemConfigurationException"/> naming each bad key.</summary>
    public static void AddSmsGateway(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ModemOptions.SectionName).Get<ModemOptions>() ?? new ModemOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ModemConfigurationException(problems);
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
        services.AddSingleton<SmsGateway>();
        if (options.IsEnabled)
        {
            services.AddHostedService(sp => sp.GetRequiredService<SmsGateway>());
        }
    }
}

/// <summary>The modem settings cannot be used; the service must not start with them.</summary>
public sealed class ModemConfigurationException : Exception
{
    public ModemConfigurationException(IReadOnlyList<string> problems)
        : base(string.Join(" ", problems))
    {
        Problems = problems;
    }

    public ModemConfigurationException()
        : this([])
    {
    }

    public ModemConfigurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public ModemConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
