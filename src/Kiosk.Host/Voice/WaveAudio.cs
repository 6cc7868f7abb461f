using System.Buffers.Binary;

namespace Kiosk.Host.Voice;

/// <summary>
/// 16-bit PCM audio as a RIFF WAV holds it: what espeak-ng writes, what a browser plays. Enough
/// of the format to read espeak's output, put a chime and a pause before it, and write it back.
/// </summary>
public sealed record WaveAudio(int SampleRate, short Channels, byte[] Pcm)
{
    private const short BitsPerSample = 16;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)Pcm.Length / (SampleRate * Channels * (BitsPerSample / 8)));

    /// <summary>Reads a PCM WAV; a file that is not one throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static WaveAudio Parse(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException("not a RIFF WAVE file");
        }

        int? rate = null;
        short channels = 0;
        var position = 12;
        while (position + 8 <= file.Length)
        {
            var id = file.Slice(position, 4);
            // espeak-ng writing to a pipe leaves sizes at 0x7FFFFFFF: the chunk ends where the file does.
            var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(position + 4, 4)), (uint)(file.Length - position - 8));
            var body = file.Slice(position + 8, size);
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || BinaryPrimitives.ReadInt16LittleEndian(body) != 1 || BinaryPrimitives.ReadInt16LittleEndian(body[14..]) != BitsPerSample)
                {
                    throw new InvalidDataException("not 16-bit PCM");
                }

                channels = BinaryPrimitives.ReadInt16LittleEndian(body[2..]);
                rate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (rate is null)
                {
                    throw new InvalidDataException("data before its format");
                }

                return new WaveAudio(rate.Value, channels, body[..(size & ~1)].ToArray());
            }

            position += 8 + size + (size & 1);
        }

        throw new InvalidDataException("no audio data");
    }

    /// <summary>This audio as a WAV file.</summary>
    public byte[] ToFile()
    {
        var file = new byte[44 + Pcm.Length];
        var span = file.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + Pcm.Length);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], Channels);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], SampleRate * Channels * BitsPerSample / 8);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], (short)(Channels * BitsPerSample / 8));
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], BitsPerSample);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], Pcm.Length);
        Pcm.CopyTo(span[44..]);
        return file;
    }

    /// <summary>This audio followed by <paramref name="next"/> (same format).</summary>
    public WaveAudio Then(WaveAudio next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (next.SampleRate != SampleRate || next.Channels != Channels)
        {
            throw new ArgumentException($"{next.SampleRate} Hz × {next.Channels} cannot follow {SampleRate} Hz × {Channels}", nameof(next));
        }

        return this with { Pcm = [.. Pcm, .. next.Pcm] };
    }

    public static WaveAudio Silence(int sampleRate, TimeSpan length) =>
        new(sampleRate, 1, new byte[(int)(sampleRate * length.TotalSeconds) * 2]);

    /// <summary>
    /// The two-note "ding-dong" before a call (G5 then E5, each fading out), so the room looks up
    /// before the number is read.
    /// </summary>
    public static WaveAudio Chime(int sampleRate)
    {
        var note = (int)(sampleRate * 0.45);
        var pcm = new byte[note * 2 * 2];
        double[] pitches = [784.0, 659.3];
        for (var n = 0; n < pitches.Length; n++)
        {
            for (var i = 0; i < note; i++)
            {
                var t = (double)i / sampleRate;
                var fade = Math.Exp(-4.0 * t) * Math.Min(1.0, i / (sampleRate * 0.005));
                var sample = (short)(0.45 * short.MaxValue * fade * (Math.Sin(2 * Math.PI * pitches[n] * t) + (0.25 * Math.Sin(4 * Math.PI * pitches[n] * t))) / 1.25);
                BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(((n * note) + i) * 2), sample);
            }
        }

        return new WaveAudio(sampleRate, 1, pcm);
    }
}
