namespace Kiosk.Hardware.Gpio.Led;

/// <summary>
/// Picks the one signal to show when several conditions hold. Most important first:
/// OnBattery (the appliance will switch itself off within minutes), StoreFault (the data disk is
/// full: no ticket at all until staff free space), PrinterFault (residents at the
/// door get no paper ticket), ModemFault (no SMS), NoUpstream (offline first: nothing is lost),
/// Starting; Ready only when nothing else holds.
/// </summary>
public static class StatusLedPriority
{
    public static StatusLedSignal Choose(IEnumerable<StatusLedSignal> active)
    {
        ArgumentNullException.ThrowIfNull(active);
        var chosen = StatusLedSignal.Ready;
        foreach (var signal in active)
        {
            if (signal > chosen)
            {
                chosen = signal;
            }
        }

        return chosen;
    }
}
