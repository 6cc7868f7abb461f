using Kiosk.Hardware.Modem.Transport;

namespace Kiosk.Hardware.Modem.Simulation;

/// <summary>
/// The embedded default's modem: a <see cref="ModemEmulator"/> on the master of a pseudo-terminal,
/// so the service opens <see cref="PortName"/> with the same <see cref="SerialPortTransport"/> it
/// uses for a real modem. The emulator's loop runs until this is disposed.
/// </summary>
public sealed class SimulatedModemDevice : IAsyncDisposable
{
    private readonly PseudoTerminal _terminal;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private SimulatedModemDevice(PseudoTerminal terminal, ModemEmulator emulator)
    {
        _terminal = terminal;
        Emulator = emulator;
        _loop = emulator.RunAsync(_stop.Token);
    }

    /// <summary>/dev/pts/N: give it to <see cref="SerialPortTransportOptions.PortName"/>.</summary>
    public string PortName => _terminal.SlavePath;

    /// <summary>To receive messages, read what was sent, make it hang.</summary>
    public ModemEmulator Emulator { get; }

    /// <summary>The emulator's loop; it ends when this device is disposed.</summary>
    public Task Completion => _loop;

    /// <summary>Opens a pseudo-terminal and starts the emulator on it.</summary>
    public static SimulatedModemDevice Start(ModemEmulatorOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var terminal = PseudoTerminal.Open();
        return new SimulatedModemDevice(terminal, new ModemEmulator(terminal.Master, options, timeProvider));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _terminal.Dispose();
        _stop.Dispose();
    }
}
