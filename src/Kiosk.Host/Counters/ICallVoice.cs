namespace Kiosk.Host.Counters;

/// <summary>
/// Speaks a call: renders "Nomor antrian A nol nol tujuh, silakan ke Loket satu" as a WAV the
/// waiting-room display plays. The default (<see cref="SilentCallVoice"/>) has no voice: the call
/// still shows, without sound.
/// </summary>
public interface ICallVoice
{
    /// <summary>The rendered call, or null when there is no voice.</summary>
    ValueTask<CallAudio?> RenderAsync(string ticketCode, string counterName, CancellationToken cancellationToken);

    bool Available { get; }
}

/// <summary>
/// A rendered call: <paramref name="Key"/> names it in <c>/api/display/audio/{key}.wav</c> (letters,
/// digits, '-' and '_' only), <paramref name="FilePath"/> is the WAV, <paramref name="Text"/> what was spoken.
/// </summary>
public sealed record CallAudio(string Key, string FilePath, string Text);

/// <summary>No voice: every call is shown only.</summary>
public sealed class SilentCallVoice : ICallVoice
{
    public bool Available => false;

    public ValueTask<CallAudio?> RenderAsync(string ticketCode, string counterName, CancellationToken cancellationToken) =>
        ValueTask.FromResult<CallAudio?>(null);
}
