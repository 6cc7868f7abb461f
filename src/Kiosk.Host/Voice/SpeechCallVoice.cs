using Kiosk.Host.Counters;

namespace Kiosk.Host.Voice;

/// <summary>The waiting room's voice: each call read in Indonesian after a chime, rendered once per code and counter.</summary>
public sealed class SpeechCallVoice(SpeechRenderer renderer) : ICallVoice
{
    public bool Available => renderer.Available;

    public async ValueTask<CallAudio?> RenderAsync(string ticketCode, string counterName, CancellationToken cancellationToken)
    {
        var clip = await renderer.RenderAsync(SpokenIndonesian.Call(ticketCode, counterName), "id", chime: true, cancellationToken);
        return clip is null ? null : new CallAudio(clip.Key, clip.FilePath, clip.Text);
    }
}
