using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Hardware.Modem.Simulation;
using Kiosk.Hardware.Modem.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Modem;

/// <summary>The wiring the embedded default uses: a simulated device on a pty, opened like a real port.</summary>
public class ModemConnectionTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_embedded_default_connects_sends_and_reconnects_to_the_simulated_modem()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        await using var device = SimulatedModemDevice.Start(new ModemEmulatorOptions { Family = ModemFamily.Huawei }, time);
        using var transport = new SerialPortTransport(new SerialPortTransportOptions { PortName = device.PortName }, time);
        await using var connection = new ModemConnection(transport, new GsmModemOptions { Family = ModemFamily.Huawei }, new AtChannelOptions(), time);

        var modem = await connection.ConnectAsync().WaitAsync(Wait);
        await modem.SendSmsAsync("+6281234567890", "Halo \u201Cwarga\u201D \u2013 antrian Anda A-001").WaitAsync(Wait);
        Assert.Equal("Halo \"warga\" - antrian Anda A-001", PduCodec.DecodeSubmit(device.Emulator.SentPdus.Single()).Text);

        var again = await connection.ConnectAsync().WaitAsync(Wait);
        Assert.NotSame(modem, again);
        Assert.Same(again, connection.Modem);
        Assert.Equal(-73, (await again.ReadSignalQualityAsync().WaitAsync(Wait)).RssiDbm);
        Assert.Equal(2, device.Emulator.Commands.Count(c => c == "AT^CURC=0"));
    }
}
