using Kiosk.Host.Health;

namespace Kiosk.Host.Voice;

/// <summary><c>/healthz</c> "voice": degraded when the speech engine is missing (calls still show, silently).</summary>
public sealed class VoiceHealth(SpeechRenderer renderer) : IHealthComponent
{
    public string Name => "voice";

    public ComponentHealth Check() =>
        renderer.Available
            ? new ComponentHealth(HealthState.Ok)
            : new ComponentHealth(HealthState.Degraded, "speech engine missing: calls are shown but not spoken (apt-get install espeak-ng)", RestartHelps: false);
}
