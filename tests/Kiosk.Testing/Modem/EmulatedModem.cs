using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Simulation;
using Kiosk.Hardware.Modem.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Testing;

/// <summary>
/// The real stack against the emulator over a pseudo-terminal: emulator on the master,
/// SerialPort on /dev/pts/N, AtChannel on the port's BaseStream, GsmModem on the channel.
/// </summary>
public sealed class EmulatedModem : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _emulatorLoop;

    private EmulatedModem(PseudoTerminal terminal, ModemEmulator emulator, SerialPortTransport transport, AtChannel channel, GsmModem modem, FakeTimeProvider time)
    {
        Terminal = terminal;
        Emulator = emulator;
        Transport = transport;
        Channel = channel;
        Modem = modem;
        Time = time;
        _emulatorLoop = emulator.RunAsync(_stop.Token);
    }

    public PseudoTerminal Terminal { get; }

    public ModemEmulator Emulator { get; }

    public SerialPortTransport Transport { get; }

    public AtChannel Channel { get; }

    public GsmModem Modem { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<EmulatedModem> StartAsync(ModemEmulatorOptions? emulatorOptions = null, GsmModemOptions? modemOptions = null, AtChannelOptions? channelOptions = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        var terminal = PseudoTerminal.Open();
        var emulator = new ModemEmulator(terminal.Master, emulatorOptions ?? new ModemEmulatorOptions(), time);
        var transport = new SerialPortTransport(new SerialPortTransportOptions { PortName = terminal.SlavePath }, time);
        var stream = await transport.OpenAsync();
        var channel = new AtChannel(stream, leaveOpen: true, time, channelOptions);
        var modem = new GsmModem(channel, modemOptions ?? new GsmModemOptions { Family = emulatorOptions?.Family ?? ModemFamily.Generic }, time);
        return new EmulatedModem(terminal, emulator, transport, channel, modem, time);
    }

    /// <summary>Advances the fake clock in steps until <paramref name="task"/> completes (for backoff delays).</summary>
    public async Task<T> AdvanceUntilDoneAsync<T>(Task<T> task, TimeSpan step)
    {
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            await Task.Delay(5);
            Time.Advance(step);
        }

        return await task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Channel.DisposeAsync();
        Transport.Dispose();
        await _emulatorLoop.WaitAsync(TimeSpan.FromSeconds(10));
        Terminal.Dispose();
        _stop.Dispose();
    }
}
