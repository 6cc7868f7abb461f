using System.Text;
using Kiosk.Host.Voice;

namespace Kiosk.Host.Tests.Voice;

public class WaveAudioTests
{
    [Fact]
    public void A_wav_written_reads_back_the_same()
    {
        var audio = WaveAudio.Chime(22050).Then(WaveAudio.Silence(22050, TimeSpan.FromMilliseconds(300)));

        var read = WaveAudio.Parse(audio.ToFile());

        Assert.Equal((22050, (short)1), (read.SampleRate, read.Channels));
        Assert.Equal(audio.Pcm, read.Pcm);
        Assert.Equal(1.2, read.Duration.TotalSeconds, precision: 2);
    }

    [Fact]
    public void The_chime_is_two_notes_that_fade_out()
    {
        var chime = WaveAudio.Chime(22050);
        var samples = Enumerable.Range(0, chime.Pcm.Length / 2).Select(i => Math.Abs((int)BitConverter.ToInt16(chime.Pcm, i * 2))).ToArray();
        var note = samples.Length / 2;

        Assert.Equal(0.9, chime.Duration.TotalSeconds, precision: 2);
        Assert.True(samples[..2000].Max() > 10_000, "the first note starts loud");
        Assert.True(samples[(note - 500)..note].Max() < samples[..2000].Max() / 2, "and fades");
        Assert.True(samples[note..(note + 2000)].Max() > 10_000, "the second note starts loud again");
    }

    [Theory]
    [InlineData("")]
    [InlineData("RIFF....WAVE")]
    [InlineData("ID3 not a wav at all")]
    public void What_is_not_a_PCM_wav_is_refused_by_name(string content)
    {
        var e = Assert.Throws<InvalidDataException>(() => WaveAudio.Parse(Encoding.ASCII.GetBytes(content)));
        Assert.Matches("not a RIFF WAVE file|no audio data", e.Message);
    }
}
