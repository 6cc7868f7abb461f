using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Ups;

namespace Kiosk.Hardware.Tests.Gpio.Ups;

public class PowerLossPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 4, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly PowerSample Mains = new(true, 4.1);
    private static readonly PowerSample Battery = new(false, 3.9);

    private static PowerLossPolicy NewPolicy(int cells = 1) =>
        new(new ShutdownOptions { AfterOnBattery = TimeSpan.FromMinutes(10), BelowCellVolts = 3.3 }, cells);

    [Fact]
    public void On_mains_nothing_is_due()
    {
        var status = NewPolicy().Evaluate(Mains, T0);

        Assert.Equal(PowerState.Mains, status.State);
        Assert.Null(status.Shutdown);
        Assert.Null(status.ShutdownDeadline);
        Assert.Equal(4.1, status.BatteryVolts);
    }

    [Fact]
    public void Shutdown_falls_due_exactly_when_the_battery_time_is_up()
    {
        var policy = NewPolicy();
        var first = policy.Evaluate(Battery, T0);

        var justBefore = policy.Evaluate(Battery, T0.AddMinutes(10).AddTicks(-1));
        var atDeadline = policy.Evaluate(Battery, T0.AddMinutes(10));

        Assert.Equal(PowerState.OnBattery, first.State);
        Assert.Equal(T0, first.OnBatterySince);
        Assert.Equal(T0.AddMinutes(10), first.ShutdownDeadline);
        Assert.Null(justBefore.Shutdown);
        Assert.Equal(ShutdownReason.OnBatteryTooLong, atDeadline.Shutdown);
    }

    [Fact]
    public void Mains_back_before_the_deadline_restarts_the_clock_for_the_next_outage()
    {
        var policy = NewPolicy();
        policy.Evaluate(Battery, T0);
        policy.Evaluate(Mains, T0.AddMinutes(9));

        var again = policy.Evaluate(Battery, T0.AddMinutes(12));

        Assert.Equal(T0.AddMinutes(12), again.OnBatterySince);
        Assert.Null(again.Shutdown);
    }

    [Fact]
    public void Two_low_samples_on_battery_shut_down_at_once()
    {
        var policy = NewPolicy(cells: 2);
        var low = new PowerSample(false, 6.5);

        var first = policy.Evaluate(low, T0);
        var second = policy.Evaluate(low, T0.AddSeconds(5));

        Assert.Equal(6.6, policy.ShutdownVolts, 9);
        Assert.Equal(PowerState.Critical, first.State);
        Assert.Null(first.Shutdown);
        Assert.Equal(ShutdownReason.BatteryLow, second.Shutdown);
    }

    [Fact]
    public void One_low_sample_from_a_modem_burst_sag_is_not_a_shutdown()
    {
        var policy = NewPolicy();

        policy.Evaluate(new PowerSample(false, 3.1), T0);
        var recovered = policy.Evaluate(new PowerSample(false, 3.7), T0.AddSeconds(5));
        var lowAgain = policy.Evaluate(new PowerSample(false, 3.1), T0.AddSeconds(10));

        Assert.Equal(PowerState.OnBattery, recovered.State);
        Assert.Null(lowAgain.Shutdown);
    }

    [Fact]
    public void A_low_battery_on_mains_is_charging_not_critical()
    {
        var policy = NewPolicy();

        policy.Evaluate(new PowerSample(true, 3.0), T0);
        var status = policy.Evaluate(new PowerSample(true, 3.0), T0.AddSeconds(5));

        Assert.Equal(PowerState.Mains, status.State);
        Assert.Null(status.Shutdown);
    }

    [Fact]
    public void Without_any_power_source_mains_is_assumed()
    {
        var status = NewPolicy().Evaluate(new PowerSample(null, null), T0);

        Assert.Equal(PowerState.Mains, status.State);
    }
}
