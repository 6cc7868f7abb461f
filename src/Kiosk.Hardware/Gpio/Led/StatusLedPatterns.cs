namespace Kiosk.Hardware.Gpio.Led;

/// <summary>
/// The blink codes, chosen to be told apart from across a room: counted flashes are 250 ms with
/// 350 ms gaps and a 2 s pause, long enough to count, short enough to repeat every few seconds.
/// </summary>
public static class StatusLedPatterns
{
    public static readonly TimeSpan ShortFlash = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan FlashGap = TimeSpan.FromMilliseconds(350);
    public static readonly TimeSpan CodePause = TimeSpan.FromSeconds(2);

    public static BlinkPattern Starting { get; } = BlinkPattern.Blink(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    public static BlinkPattern NoUpstream { get; } = BlinkPattern.Code(1, TimeSpan.FromMilliseconds(1500), FlashGap, CodePause);

    public static BlinkPattern ModemFault { get; } = BlinkPattern.Code(3, ShortFlash, FlashGap, CodePause);

    public static BlinkPattern PrinterFault { get; } = BlinkPattern.Code(2, ShortFlash, FlashGap, CodePause);

    public static BlinkPattern StoreFault { get; } = BlinkPattern.Code(4, ShortFlash, FlashGap, CodePause);

    public static BlinkPattern OnBattery { get; } = BlinkPattern.Blink(TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(150));

    public static BlinkPattern For(StatusLedSignal signal) => signal switch
    {
        StatusLedSignal.Ready => BlinkPattern.SteadyOn,
        StatusLedSignal.Starting => Starting,
        StatusLedSignal.NoUpstream => NoUpstream,
        StatusLedSignal.ModemFault => ModemFault,
        StatusLedSignal.PrinterFault => PrinterFault,
        StatusLedSignal.StoreFault => StoreFault,
        StatusLedSignal.OnBattery => OnBattery,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown status LED signal."),
    };
}
