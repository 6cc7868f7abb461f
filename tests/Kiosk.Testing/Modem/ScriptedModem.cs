using System.Text;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Testing;

/// <summary>An AtChannel on a SerialPort over a pty whose master the test scripts byte by byte.</summary>
public sealed class ScriptedModem : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly StringBuilder _received = new();

    private ScriptedModem(PseudoTerminal terminal, SerialPortTransport transport, AtChannel channel, FakeTimeProvider time)
    {
        Terminal = terminal;
        Transport = transport;
        Channel = channel;
        Time = time;
    }

    public PseudoTerminal Terminal { get; }

    public SerialPortTransport Transport { get; }

    public AtChannel Channel { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<ScriptedModem> StartAsync(AtChannelOptions? options = null)
    {
        var time = new FakeTimeProvider();
        var terminal = PseudoTerminal.Open();
        var transport = new SerialPortTransport(new SerialPortTransportOptions { PortName = terminal.SlavePath }, time);
        var channel = new AtChannel(await transport.OpenAsync(), leaveOpen: true, time, options);
        channel.Start();
        return new ScriptedModem(terminal, transport, channel, time);
    }

    /// <summary>Reads what the channel sent up to and including <paramref name="terminator"/>.</summary>
    public async Task<string> ReceiveAsync(char terminator = '\r')
    {
        var buffer = new byte[1];
        while (true)
        {
            var index = _received.ToString().IndexOf(terminator, StringComparison.Ordinal);
            if (index >= 0)
            {
                var text = _received.ToString(0, index + 1);
                _received.Remove(0, index + 1);
                return text;
            }

            var count = await Terminal.Master.ReadAsync(buffer).AsTask().WaitAsync(Wait);
            _received.Append((char)buffer[0], count);
        }
    }

    public Task SendAsync(string raw) => Terminal.Master.WriteAsync(Encoding.Latin1.GetBytes(raw)).AsTask();

    public async ValueTask DisposeAsync()
    {
        await Channel.DisposeAsync();
        Transport.Dispose();
        Terminal.Dispose();
    }
}
