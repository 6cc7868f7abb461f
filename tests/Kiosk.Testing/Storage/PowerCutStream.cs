namespace Kiosk.Testing.Storage;

/// <summary>
/// One file of a <see cref="PowerCutDisk"/>: the process reads and writes it as a normal stream
/// (the OS page cache), while the bytes that would survive a power cut are only those written
/// before the last <see cref="Flush()"/> (LiteDB's fsync on a stream that is not a FileStream).
/// </summary>
public sealed class PowerCutStream : Stream
{
    private readonly PowerCutDisk _disk;
    private readonly MemoryStream _cache;
    private readonly List<(long Position, byte[]? Bytes)> _unflushed = [];
    private byte[] _durable;

    internal PowerCutStream(PowerCutDisk disk, byte[] initial)
    {
        _disk = disk;
        _cache = new MemoryStream();
        _cache.Write(initial);
        _cache.Position = 0;
        _durable = [.. initial];
    }

    /// <summary>Flushes seen (each is a durability point).</summary>
    public int Flushes { get; private set; }

    /// <summary>Bytes written since the last flush: what a power cut now could lose.</summary>
    public int UnflushedWrites
    {
        get
        {
            lock (_disk.Gate)
            {
                return _unflushed.Count(w => w.Bytes is not null);
            }
        }
    }

    /// <summary>What survived the cut (set by <see cref="PowerCutDisk"/>).</summary>
    public byte[]? Survivor { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length
    {
        get
        {
            lock (_disk.Gate)
            {
                return _cache.Length;
            }
        }
    }

    public override long Position
    {
        get
        {
            lock (_disk.Gate)
            {
                return _cache.Position;
            }
        }

        set
        {
            lock (_disk.Gate)
            {
                _cache.Position = value;
            }
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        lock (_disk.Gate)
        {
            return _cache.Read(buffer, offset, count);
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        lock (_disk.Gate)
        {
            return _cache.Seek(offset, origin);
        }
    }

    public override void SetLength(long value)
    {
        lock (_disk.Gate)
        {
            _disk.Tick();
            _cache.SetLength(value);
            _unflushed.Add((value, null));
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (_disk.Gate)
        {
            _disk.Tick();
            var position = _cache.Position;
            _cache.Write(buffer, offset, count);
            _unflushed.Add((position, buffer.AsSpan(offset, count).ToArray()));
        }
    }

    public override void Flush()
    {
        lock (_disk.Gate)
        {
            _disk.Tick();
            if (Survivor is null)
            {
                _durable = _cache.ToArray();
                _unflushed.Clear();
                Flushes++;
            }
        }
    }

    /// <summary>
    /// Freezes what survives: the durable bytes, then the unflushed writes in order up to a random
    /// point, the write at that point torn at a random 512-byte boundary when <paramref name="tear"/>.
    /// </summary>
    internal void Cut(Random random, bool tear)
    {
        var survivor = new MemoryStream();
        survivor.Write(_durable);
        var kept = random.Next(_unflushed.Count + 1);
        for (var i = 0; i < kept; i++)
        {
            Apply(survivor, _unflushed[i].Position, _unflushed[i].Bytes);
        }

        if (tear && kept < _unflushed.Count && _unflushed[kept].Bytes is { Length: > 512 } torn)
        {
            var sectors = random.Next(1, torn.Length / 512);
            Apply(survivor, _unflushed[kept].Position, torn[..(sectors * 512)]);
        }

        Survivor = survivor.ToArray();
    }

    private static void Apply(MemoryStream target, long position, byte[]? bytes)
    {
        if (bytes is null)
        {
            target.SetLength(position);
            return;
        }

        target.Position = position;
        target.Write(bytes);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _cache.Dispose();
        }

        base.Dispose(disposing);
    }
}
