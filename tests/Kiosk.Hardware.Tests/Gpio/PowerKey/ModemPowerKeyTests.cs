using System.Device.Gpio;
using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.PowerKey;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Tests.Gpio.PowerKey;

public class ModemPowerKeyTests
{
    private const int Pin = 4;
    private readonly SteppingTimeProvider _time = new();
    private readonly FakeGpioDriver _driver;

    public ModemPowerKeyTests() => _driver = new FakeGpioDriver(_time);

    private DateTimeOffset At(int ms) => _time.Start.AddMilliseconds(ms);

    private ModemPowerKey NewKey(ModemPowerKeyTimings timings, LineLevel assert = LineLevel.High) =>
        new(new GpioController(_driver), Pin, timings, assert, shouldDispose: true, _time, NullLogger<ModemPowerKey>.Instance);

    [Fact]
    public void The_pin_opens_at_the_released_level_on_first_use_not_in_the_constructor()
    {
        using var key = NewKey(ModemPowerKeyTimings.Sim800);

        Assert.Empty(_driver.OpenPins);
    }

    [Fact]
    public async Task Power_on_holds_a_sim800_key_for_1200_ms_through_the_transistor()
    {
        using var key = NewKey(ModemPowerKeyTimings.Sim800);

        var pulse = key.PowerOnAsync(CancellationToken.None);
        await _time.AdvanceAfterTimerAsync(1, TimeSpan.FromMilliseconds(1200));
        await pulse;

        Assert.Equal(
            [new PinWrite(At(0), Pin, PinValue.Low), new PinWrite(At(0), Pin, PinValue.High), new PinWrite(At(1200), Pin, PinValue.Low)],
            _driver.WritesTo(Pin));
    }

    [Fact]
    public async Task A_direct_wired_key_is_pulled_low_and_released_high()
    {
        using var key = NewKey(ModemPowerKeyTimings.Sim7600, LineLevel.Low);

        var pulse = key.PowerOffAsync(CancellationToken.None);
        await _time.AdvanceAfterTimerAsync(1, TimeSpan.FromMilliseconds(3000));
        await pulse;

        Assert.Equal(
            [new PinWrite(At(0), Pin, PinValue.High), new PinWrite(At(0), Pin, PinValue.Low), new PinWrite(At(3000), Pin, PinValue.High)],
            _driver.WritesTo(Pin));
    }

    [Fact]
    public async Task A_power_cycle_is_the_off_pulse_the_wait_and_the_on_pulse()
    {
        using var key = NewKey(ModemPowerKeyTimings.Sim800);

        var cycle = key.PowerCycleAsync(CancellationToken.None);
        await _time.AdvanceAfterTimerAsync(1, TimeSpan.FromMilliseconds(1800));
        await _time.AdvanceAfterTimerAsync(2, TimeSpan.FromSeconds(5));
        await _time.AdvanceAfterTimerAsync(3, TimeSpan.FromMilliseconds(1200));
        await cycle;

        Assert.Equal(
            [
                new PinWrite(At(0), Pin, PinValue.Low),
                new PinWrite(At(0), Pin, PinValue.High), new PinWrite(At(1800), Pin, PinValue.Low),
                new PinWrite(At(6800), Pin, PinValue.High), new PinWrite(At(8000), Pin, PinValue.Low),
            ],
            _driver.WritesTo(Pin));
    }

    [Fact]
    public async Task Cancelling_mid_pulse_still_releases_the_key()
    {
        using var key = NewKey(ModemPowerKeyTimings.Sim800);
        using var cts = new CancellationTokenSource();

        var pulse = key.PowerOffAsync(cts.Token);
        await _time.AdvanceAfterTimerAsync(1, TimeSpan.FromMilliseconds(500));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pulse);
        Assert.Equal(PinValue.Low, _driver.WritesTo(Pin)[^1].Value);
        Assert.Equal(At(500), _driver.WritesTo(Pin)[^1].At);
    }

    [Fact]
    public async Task A_second_pulse_waits_for_the_first_instead_of_overlapping()
    {
        using var key = NewKey(ModemPowerKeyTimings.Sim800);

        var first = key.PowerOnAsync(CancellationToken.None);
        var second = key.PowerOnAsync(CancellationToken.None);
        await _time.AdvanceAfterTimerAsync(1, TimeSpan.FromMilliseconds(1200));
        await _time.AdvanceAfterTimerAsync(2, TimeSpan.FromMilliseconds(1200));
        await Task.WhenAll(first, second);

        Assert.Equal(
            [PinValue.Low, PinValue.High, PinValue.Low, PinValue.High, PinValue.Low],
            _driver.WritesTo(Pin).Select(w => w.Value));
        Assert.Equal(At(1200), _driver.WritesTo(Pin)[3].At);
    }
}
