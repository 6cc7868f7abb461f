using System.Device.Pwm;

namespace Kiosk.Testing;

/// <summary>A <see cref="PwmChannel"/> that records starts and stops with the fake clock's time.</summary>
public sealed class FakePwmChannel : PwmChannel
{
    private readonly TimeProvider _time;
    private readonly List<(DateTimeOffset At, bool Running)> _events = [];

    public FakePwmChannel(TimeProvider time) => _time = time;

    public override int Frequency { get; set; }

    public override double DutyCycle { get; set; }

    public bool IsRunning { get; private set; }

    public bool IsDisposed { get; private set; }

    public IReadOnlyList<(DateTimeOffset At, bool Running)> Events => _events;

    public override void Start()
    {
        IsRunning = true;
        _events.Add((_time.GetUtcNow(), true));
    }

    public override void Stop()
    {
        IsRunning = false;
        _events.Add((_time.GetUtcNow(), false));
    }

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }
}
