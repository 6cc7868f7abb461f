namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>
/// Decides, sample by sample, whether the appliance is on mains, on battery or critical, and when
/// it must shut down: after <see cref="ShutdownOptions.AfterOnBattery"/> on battery, or at once
/// when the battery is below the per-cell voltage on two samples running (one low sample may be a
/// sag during a modem transmit burst, which draws up to 2 A). Mains coming back before then
/// cancels everything. Pure: time comes with each sample.
/// </summary>
public sealed class PowerLossPolicy
{
    private readonly TimeSpan _afterOnBattery;
    private readonly double _shutdownVolts;
    private DateTimeOffset? _onBatterySince;
    private int _lowSamples;

    public PowerLossPolicy(ShutdownOptions options, int cellsInSeries)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(cellsInSeries, 1);
        _afterOnBattery = options.AfterOnBattery;
        _shutdownVolts = options.BelowCellVolts * cellsInSeries;
    }

    /// <summary>The bus voltage under which the battery counts as low.</summary>
    public double ShutdownVolts => _shutdownVolts;

    public PowerStatus Evaluate(PowerSample sample, DateTimeOffset now)
    {
        if (sample.MainsPresent != false)
        {
            _onBatterySince = null;
            _lowSamples = 0;
            return PowerStatus.Mains with { BatteryVolts = sample.BatteryVolts };
        }

        _onBatterySince ??= now;
        var deadline = _onBatterySince.Value + _afterOnBattery;
        var low = sample.BatteryVolts is { } volts && volts < _shutdownVolts;
        _lowSamples = low ? _lowSamples + 1 : 0;

        ShutdownReason? shutdown = _lowSamples >= 2 ? ShutdownReason.BatteryLow
            : now >= deadline ? ShutdownReason.OnBatteryTooLong
            : null;
        return new PowerStatus(low ? PowerState.Critical : PowerState.OnBattery, _onBatterySince, deadline, sample.BatteryVolts, shutdown);
    }
}
