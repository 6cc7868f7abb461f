using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Kiosk.Host.Composition;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Voice;

/// <summary>A rendered utterance: a WAV file in the voice cache, named by <see cref="Key"/>.</summary>
public sealed record SpeechClip(string Key, string FilePath, string Text, TimeSpan Duration);

/// <summary>
/// Renders text to speech with espeak-ng (<c>-v id</c> or <c>-v en</c>) into WAV files under
/// <c>{data}/voice</c>, cached by what was said and how, so a call or a screen is rendered once.
/// One rendering at a time (the Pi has four small cores and a waiting room can wait 200 ms).
/// Without the engine it answers null and <see cref="Available"/> says so; nothing else fails.
/// </summary>
public sealed partial class SpeechRenderer : IDisposable
{
    /// <summary>Clips kept; the oldest go first (a day's calls at a busy office are about 200).</summary>
    public const int CacheLimit = 300;

    private static readonly TimeSpan EngineTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ProbeAgainAfter = TimeSpan.FromMinutes(1);

    private readonly VoiceOptions _options;
    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly ILogger<SpeechRenderer> _logger;
    private readonly SemaphoreSlim _one = new(1, 1);
    private bool? _available;
    private DateTimeOffset _probedAt;

    public SpeechRenderer(IOptions<VoiceOptions> options, DataDirectory data, TimeProvider time, ILogger<SpeechRenderer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        _options = options.Value;
        _directory = Path.Combine(data.Path, "voice");
        _time = time;
        _logger = logger;
    }

    /// <summary>The directory holding the rendered clips.</summary>
    public string Directory => _directory;

    /// <summary>
    /// Whether the engine runs (<c>--version</c> answers). A missing engine is looked for again a
    /// minute later, so installing espeak-ng on a running kiosk brings the voice back.
    /// </summary>
    public bool Available
    {
        get
        {
            if (_available is true || (_available is false && _time.GetUtcNow() - _probedAt < ProbeAgainAfter))
            {
                return _available.Value;
            }

            _probedAt = _time.GetUtcNow();
            _available = Probe();
            return _available.Value;
        }
    }

    /// <summary>The path of a cached clip by its key; null for a key that is not one or not rendered.</summary>
    public string? CachedFile(string key)
    {
        if (key.Length != 32 || !key.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var path = Path.Combine(_directory, key + ".wav");
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// <paramref name="text"/> spoken in <paramref name="language"/> (<c>id</c> or <c>en</c>), with a
    /// chime and a short pause before it when <paramref name="chime"/>; null when the engine is
    /// missing or failed (logged).
    /// </summary>
    public async Task<SpeechClip?> RenderAsync(string text, string language, bool chime, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (language is not ("id" or "en"))
        {
            throw new ArgumentException($"'{language}' is not a voice here: id or en", nameof(language));
        }

        var key = KeyOf(text, language, chime);
        var path = Path.Combine(_directory, key + ".wav");
        if (File.Exists(path))
        {
            return Clip(key, path, text);
        }

        if (!Available)
        {
            return null;
        }

        await _one.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(path))
            {
                return Clip(key, path, text);
            }

            System.IO.Directory.CreateDirectory(_directory);
            var spoken = await SpeakAsync(text, language, cancellationToken);
            if (spoken is null)
            {
                return null;
            }

            var audio = chime
                ? WaveAudio.Chime(spoken.SampleRate).Then(WaveAudio.Silence(spoken.SampleRate, TimeSpan.FromMilliseconds(300))).Then(spoken)
                : spoken;
            var partial = path + ".partial";
            await File.WriteAllBytesAsync(partial, audio.ToFile(), cancellationToken);
            File.Move(partial, path, overwrite: true);
            Prune();
            return new SpeechClip(key, path, text, audio.Duration);
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();

    private string KeyOf(string text, string language, bool chime)
    {
        var what = $"{_options.Engine}\n{language}\n{_options.Speed}\n{_options.Volume}\n{chime}\n{text}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(what)))[..32];
    }

    private static SpeechClip Clip(string key, string path, string text) =>
        new(key, path, text, WaveAudio.Parse(File.ReadAllBytes(path)).Duration);

    private async Task<WaveAudio?> SpeakAsync(string text, string language, CancellationToken cancellationToken)
    {
        var output = Path.Combine(_directory, $"espeak-{Guid.NewGuid():N}.wav");
        var start = new ProcessStartInfo(_options.Engine)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "-v", language, "-s", $"{_options.Speed}", "-a", $"{_options.Volume}", "-w", output, "--", text })
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = new CancellationTokenSource(EngineTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("the engine did not start");
            var errors = process.StandardError.ReadToEndAsync(linked.Token);
            try
            {
                await process.WaitForExitAsync(linked.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0 || !File.Exists(output))
            {
                LogEngineFailed(_options.Engine, $"exit {process.ExitCode}: {(await errors).Trim()}");
                return null;
            }

            return WaveAudio.Parse(await File.ReadAllBytesAsync(output, cancellationToken));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogEngineFailed(_options.Engine, $"no answer in {EngineTimeout.TotalSeconds:F0} s");
            return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidDataException or IOException or InvalidOperationException)
        {
            LogEngineFailed(_options.Engine, e.Message);
            _available = null;
            return null;
        }
        finally
        {
            File.Delete(output);
        }
    }

    private bool Probe()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(_options.Engine, "--version") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEnd();
            return process.WaitForExit(10_000) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Keeps the newest <see cref="CacheLimit"/> clips.</summary>
    private void Prune()
    {
        var clips = new DirectoryInfo(_directory).GetFiles("*.wav").OrderByDescending(f => f.LastWriteTimeUtc).Skip(CacheLimit);
        foreach (var old in clips)
        {
            old.Delete();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Speech engine {Engine} failed: {Reason}; the call shows without voice")]
    private partial void LogEngineFailed(string engine, string reason);
}
