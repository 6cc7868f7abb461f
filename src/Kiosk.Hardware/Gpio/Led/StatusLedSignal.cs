namespace Kiosk.Hardware.Gpio.Led;

/// <summary>
/// What the status LED shows. The numeric order is the priority when several hold:
/// a higher value wins (see <see cref="StatusLedPriority"/>).
/// </summary>
public enum StatusLedSignal
{
    /// <summary>Steady on: everything works.</summary>
    Ready = 0,

    /// <summary>Slow blink (1 s on, 1 s off): the service is starting.</summary>
    Starting = 1,

    /// <summary>One long flash then a pause: no link to the regency's upstream (tickets and complaints are kept).</summary>
    NoUpstream = 2,

    /// <summary>Three short flashes then a pause: the modem does not answer or has no network (no SMS).</summary>
    ModemFault = 3,

    /// <summary>Two short flashes then a pause: printer out of paper, cover open or offline.</summary>
    PrinterFault = 4,

    /// <summary>Four short flashes then a pause: the data disk is full, no ticket can be issued.</summary>
    StoreFault = 5,

    /// <summary>Fast blink (150 ms): mains lost, running on the UPS battery; shutdown follows.</summary>
    OnBattery = 6,
}
