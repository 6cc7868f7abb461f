using Microsoft.Extensions.Configuration;
using Kiosk.Host.Composition;
using Kiosk.Host.Health;
using Kiosk.Host.Voice;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Host.Tests.Voice;

/// <summary>The real espeak-ng (Debian package espeak-ng) rendering calls into the cache.</summary>
public sealed class SpeechRendererTests : IDisposable
{
    private const string InstallHint = "espeak-ng not found: apt-get install -y espeak-ng";
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task A_call_is_a_wav_of_2_to_8_seconds_with_the_chime_first_and_the_digits_read_one_by_one()
    {
        using var renderer = Renderer();
        Assert.True(renderer.Available, InstallHint);
        var text = SpokenIndonesian.Call("A-007", "Loket 1");

        var clip = await renderer.RenderAsync(text, "id", chime: true, CancellationToken.None);

        Assert.NotNull(clip);
        Assert.Contains("a nol nol tujuh", clip.Text, StringComparison.Ordinal);
        Assert.InRange(clip.Duration.TotalSeconds, 2, 8);
        var audio = WaveAudio.Parse(await File.ReadAllBytesAsync(clip.FilePath));
        var chime = WaveAudio.Chime(audio.SampleRate);
        Assert.Equal(chime.Pcm, audio.Pcm[..chime.Pcm.Length]);
        Assert.True(audio.Pcm.Length > chime.Pcm.Length * 2, "speech follows the chime");
    }

    [Fact]
    public async Task The_same_words_are_rendered_once_and_served_from_the_cache_by_key()
    {
        using var renderer = Renderer();
        Assert.True(renderer.Available, InstallHint);

        var first = await renderer.RenderAsync("Nomor antrian, be, nol, satu, dua.", "id", chime: true, CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(first!.FilePath);
        var again = await renderer.RenderAsync("Nomor antrian, be, nol, satu, dua.", "id", chime: true, CancellationToken.None);
        var other = await renderer.RenderAsync("Nomor antrian, be, nol, satu, tiga.", "id", chime: true, CancellationToken.None);

        Assert.Equal((first.Key, first.FilePath, written), (again!.Key, again.FilePath, File.GetLastWriteTimeUtc(again.FilePath)));
        Assert.NotEqual(first.Key, other!.Key);
        Assert.Equal(first.FilePath, renderer.CachedFile(first.Key));
        Assert.Null(renderer.CachedFile("../../etc/passwd"));
        Assert.Null(renderer.CachedFile(new string('0', 32)));
    }

    [Fact]
    public async Task English_is_spoken_with_the_English_voice_and_other_languages_are_refused()
    {
        using var renderer = Renderer();
        Assert.True(renderer.Available, InstallHint);

        var english = await renderer.RenderAsync("Take a ticket and wait for your number.", "en", chime: false, CancellationToken.None);

        Assert.InRange(english!.Duration.TotalSeconds, 1, 8);
        await Assert.ThrowsAsync<ArgumentException>(() => renderer.RenderAsync("Bonjour", "fr", chime: false, CancellationToken.None));
    }

    [Fact]
    public async Task Without_the_engine_a_call_has_no_audio_and_health_says_the_voice_is_missing()
    {
        using var renderer = Renderer(new VoiceOptions { Engine = "/nonexistent/espeak-ng" });

        var clip = await renderer.RenderAsync("Nomor antrian, a, nol, nol, satu.", "id", chime: true, CancellationToken.None);
        var health = new VoiceHealth(renderer).Check();

        Assert.Null(clip);
        Assert.Equal(HealthState.Degraded, health.State);
        Assert.Contains("apt-get install espeak-ng", health.Detail, StringComparison.Ordinal);
        Assert.False(health.RestartHelps);
    }

    [Theory]
    [InlineData("Speed", "20", "Kiosk:Voice:Speed: 20 is outside 80–300 words per minute")]
    [InlineData("Volume", "500", "Kiosk:Voice:Volume: 500 is outside espeak's amplitude 0–200")]
    [InlineData("Engine", " ", "Kiosk:Voice:Engine: is empty; leave it out for espeak-ng")]
    public void Bad_voice_settings_are_refused_naming_the_key(string key, string value, string problem)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new($"Kiosk:Voice:{key}", value)]).Build();

        Assert.Contains(problem, KioskValidation.Validate(configuration).Select(p => p.ToString()));
    }

    public void Dispose() => _data.Dispose();

    private SpeechRenderer Renderer(VoiceOptions? options = null) =>
        new(Options.Create(options ?? new VoiceOptions()), new DataDirectory(_data.Path), new FakeTimeProvider(), NullLogger<SpeechRenderer>.Instance);
}
