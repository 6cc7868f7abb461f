namespace Kiosk.Hardware.Gpio.Counters;

/// <summary>
/// <c>Kiosk:Gpio:CounterPanels:N</c>: what is wired to the Pi for one counter (loket) without a
/// device of its own: "next" and "recall" push buttons, and a 4-digit TM1637 number display.
/// Each part is optional; a display needs both its pins.
/// </summary>
public sealed class CounterPanelOptions
{
    /// <summary>The counter's name as paired (<c>kiosk counter add "Loket 1"</c>).</summary>
    public string Counter { get; set; } = "";

    public int? NextButtonPin { get; set; }

    public int? RecallButtonPin { get; set; }

    /// <summary>The TM1637's CLK line.</summary>
    public int? DisplayClockPin { get; set; }

    /// <summary>The TM1637's DIO line.</summary>
    public int? DisplayDataPin { get; set; }

    /// <summary>TM1637 brightness, 0 (dim) to 7 (brightest).</summary>
    public byte DisplayBrightness { get; set; } = 7;

    public bool HasDisplay => DisplayClockPin is not null && DisplayDataPin is not null;

    /// <summary>Every pin this panel uses.</summary>
    public IEnumerable<int> Pins => new[] { NextButtonPin, RecallButtonPin, DisplayClockPin, DisplayDataPin }.OfType<int>();
}
