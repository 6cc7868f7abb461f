using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Simulation;
using Kiosk.Hardware.Modem.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Modem.Transport;

public class SerialPortTransportTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_modem_that_disappears_and_comes_back_at_the_same_path_is_picked_up_again()
    {
        var time = new FakeTimeProvider();
        var directory = Directory.CreateTempSubdirectory("kiosk-modem-");
        var path = Path.Combine(directory.FullName, "ttyModem"); // as a udev rule would name it
        try
        {
            var log = new ListLogger<SerialPortTransport>();
            using var transport = new SerialPortTransport(new SerialPortTransportOptions { PortName = path, ReopenDelay = TimeSpan.FromSeconds(1) }, time, log);

            var first = PseudoTerminal.Open();
            File.CreateSymbolicLink(path, first.SlavePath);
            using var stopFirst = new CancellationTokenSource();
            var firstLoop = new ModemEmulator(first.Master, new ModemEmulatorOptions(), time).RunAsync(stopFirst.Token);
            var channel = new AtChannel(await transport.OpenAsync(), leaveOpen: true, time);
            Assert.Empty((await channel.ExecuteAsync("AT").WaitAsync(Wait)).Lines);

            // Unplugged: the pty goes away and so does the device node.
            await stopFirst.CancelAsync();
            await firstLoop.WaitAsync(Wait);
            first.Dispose();
            File.Delete(path);
            await Assert.ThrowsAsync<ModemException>(() => channel.Completion.WaitAsync(Wait));
            await channel.DisposeAsync();

            var waitingBefore = log.Count("not available");
            var reopening = transport.OpenAsync();
            await Eventually.Get(() => log.Count("not available"), n => n > waitingBefore, "the transport waiting for the unplugged device");

            // Plugged back in.
            using var second = PseudoTerminal.Open();
            File.CreateSymbolicLink(path, second.SlavePath);
            using var stopSecond = new CancellationTokenSource();
            var secondEmulator = new ModemEmulator(second.Master, new ModemEmulatorOptions(), time);
            var secondLoop = secondEmulator.RunAsync(stopSecond.Token);
            for (var i = 0; i < 2000 && !reopening.IsCompleted; i++)
            {
                time.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(5);
            }

            await using var again = new AtChannel(await reopening.WaitAsync(Wait), leaveOpen: true, time);
            await new GsmModem(again, new GsmModemOptions(), time).InitializeAsync().WaitAsync(Wait);
            Assert.Contains("AT+CNMI=2,1,0,2,0", secondEmulator.Commands);
            transport.Close();
            await stopSecond.CancelAsync();
            await secondLoop.WaitAsync(Wait);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Opening_a_missing_device_keeps_waiting_until_cancelled()
    {
        var time = new FakeTimeProvider();
        var log = new ListLogger<SerialPortTransport>();
        using var transport = new SerialPortTransport(new SerialPortTransportOptions { PortName = "/dev/kiosk-no-such-modem", ReopenDelay = TimeSpan.FromSeconds(1) }, time, log);
        using var cancel = new CancellationTokenSource();
        var opening = transport.OpenAsync(cancel.Token);

        // Each retry is logged before its delay on the fake clock: five of them show it keeps trying.
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await Eventually.Get(() => log.Count("not available"), n => n >= attempt, $"open attempt {attempt} failing and waiting");
            time.Advance(TimeSpan.FromMinutes(5));
        }

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => opening.WaitAsync(Wait));
    }
}
