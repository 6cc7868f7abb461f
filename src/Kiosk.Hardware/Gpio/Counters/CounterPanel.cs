using Kiosk.Hardware.Gpio.Button;

namespace Kiosk.Hardware.Gpio.Counters;

/// <summary>What is wired for one counter: its call buttons and its number display, each optional.</summary>
public sealed class CounterPanel(string counter, TicketButton? next, TicketButton? recall, CounterDigits? digits) : IDisposable
{
    /// <summary>The counter's name as paired.</summary>
    public string Counter { get; } = counter;

    /// <summary>"Call next" (closes the current ticket as served, calls the next).</summary>
    public TicketButton? Next { get; } = next;

    /// <summary>"Recall" (calls the current number again).</summary>
    public TicketButton? Recall { get; } = recall;

    public CounterDigits? Digits { get; } = digits;

    public void Dispose()
    {
        Next?.Dispose();
        Recall?.Dispose();
        Digits?.Dispose();
    }
}
