using Kiosk.Host.Composition;
using Kiosk.Host.Counters;
using Kiosk.Host.Health;

namespace Kiosk.Host.Voice;

/// <summary>The voice: espeak-ng renders calls and screens to cached WAV files; missing, the kiosk stays silent and says so in /healthz.</summary>
public static class VoiceSetup
{
    public static IServiceCollection AddVoice(this IServiceCollection services, IConfiguration configuration)
    {
        KioskValidation.Voice.Register(services, configuration);
        services.AddSingleton<SpeechRenderer>();
        services.AddSingleton<IHealthComponent, VoiceHealth>();

        // Replaces the silent default the Counters feature registers: calls are spoken.
        services.AddSingleton<ICallVoice, SpeechCallVoice>();
        return services;
    }
}
