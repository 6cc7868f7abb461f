using Kiosk.Core.Storage.LiteDb;

namespace Kiosk.Testing.Storage;

/// <summary>
/// A simulated disk for a LiteDB store (its data and log files as <see cref="PowerCutStream"/>s)
/// that loses power at its <c>cutAt</c>-th write, length change or flush: from then on nothing the
/// process writes reaches what survives, which is everything flushed before plus, in order, part of
/// what was written since (torn at a sector boundary when asked).
/// </summary>
public sealed class PowerCutDisk
{
    private readonly Random _random;
    private readonly bool _tear;
    private readonly long _cutAt;
    private long _operations;

    public PowerCutDisk(long cutAt, Random random, bool tear, byte[]? data = null, byte[]? log = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        _cutAt = cutAt;
        _random = random;
        _tear = tear;
        Data = new PowerCutStream(this, data ?? []);
        Log = new PowerCutStream(this, log ?? []);
    }

    internal Lock Gate { get; } = new();

    public PowerCutStream Data { get; }

    public PowerCutStream Log { get; }

    public bool IsCut { get; private set; }

    /// <summary>Writes, length changes and flushes so far.</summary>
    public long Operations => Interlocked.Read(ref _operations);

    /// <summary>Opens the store on this disk.</summary>
    public LiteKioskDatabase Open() => LiteKioskDatabase.OverStreams(Data, Log);

    /// <summary>Runs <paramref name="note"/> under the disk's lock unless the power is already off; false when it is.</summary>
    public bool WhilePowered(Action note)
    {
        ArgumentNullException.ThrowIfNull(note);
        lock (Gate)
        {
            if (IsCut)
            {
                return false;
            }

            note();
            return true;
        }
    }

    /// <summary>Cuts the power now (when no operation has reached the cut point).</summary>
    public void CutNow()
    {
        lock (Gate)
        {
            Cut();
        }
    }

    internal void Tick()
    {
        if (Interlocked.Increment(ref _operations) == _cutAt && !IsCut)
        {
            Cut();
        }
    }

    private void Cut()
    {
        if (IsCut)
        {
            return;
        }

        IsCut = true;
        Data.Cut(_random, _tear);
        Log.Cut(_random, _tear);
    }
}
