namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>
/// The INA219 calibration math (TI SBOS448, "Programming the Calibration Register"):
/// <c>Cal = trunc(0.04096 / (Current_LSB × R_SHUNT))</c>, <c>Power_LSB = 20 × Current_LSB</c>.
/// Pure: the driver only writes <see cref="RegisterValue"/> and scales raw readings with it.
/// </summary>
public sealed record Ina219Calibration
{
    /// <summary>The datasheet's fixed scaling constant (internal 40.96 mV × 1e-3).</summary>
    public const double ScalingConstant = 0.04096;

    /// <summary>Shunt voltage register LSB: 10 µV.</summary>
    public const double ShuntVoltageLsbVolts = 10e-6;

    /// <summary>Bus voltage register LSB: 4 mV, after shifting the register right 3 bits.</summary>
    public const double BusVoltageLsbVolts = 4e-3;

    private Ina219Calibration(double shuntOhms, double currentLsbAmps, ushort registerValue)
    {
        ShuntOhms = shuntOhms;
        CurrentLsbAmps = currentLsbAmps;
        RegisterValue = registerValue;
    }

    public double ShuntOhms { get; }

    public double CurrentLsbAmps { get; }

    public double PowerLsbWatts => 20 * CurrentLsbAmps;

    /// <summary>The value for the calibration register (05h).</summary>
    public ushort RegisterValue { get; }

    /// <summary>Highest current the calibration can represent without overflowing the current register.</summary>
    public double MaxCurrentAmps => CurrentLsbAmps * short.MaxValue;

    /// <summary>
    /// The datasheet's recommended calibration: the finest current LSB for the expected maximum
    /// (<c>Max_Expected_I / 2^15</c>).
    /// </summary>
    public static Ina219Calibration ForMaxCurrent(double shuntOhms, double maxExpectedAmps) =>
        TryCreate(shuntOhms, maxExpectedAmps, out var calibration)
            ? calibration
            : throw GpioDeviceException.CalibrationOutOfRange(shuntOhms, maxExpectedAmps / 32768);

    public static bool TryCreate(double shuntOhms, double maxExpectedAmps, out Ina219Calibration calibration) =>
        TryForCurrentLsb(shuntOhms, maxExpectedAmps / 32768, out calibration);

    /// <summary>A chosen (usually rounded) current LSB, as in the datasheet's 1 mA example.</summary>
    public static Ina219Calibration ForCurrentLsb(double shuntOhms, double currentLsbAmps) =>
        TryForCurrentLsb(shuntOhms, currentLsbAmps, out var calibration)
            ? calibration
            : throw GpioDeviceException.CalibrationOutOfRange(shuntOhms, currentLsbAmps);

    private static bool TryForCurrentLsb(double shuntOhms, double currentLsbAmps, out Ina219Calibration calibration)
    {
        calibration = null!;
        if (!(shuntOhms > 0) || !(currentLsbAmps > 0))
        {
            return false;
        }

        // A tiny epsilon keeps trunc() from dropping a whole count to binary rounding (20479.999…).
        var exact = ScalingConstant / (currentLsbAmps * shuntOhms);
        var value = Math.Floor(exact + 1e-9);

        // Bit 0 of the calibration register is void (always 0).
        var register = (long)value & ~1L;
        if (register is < 2 or > 0xFFFE)
        {
            return false;
        }

        calibration = new Ina219Calibration(shuntOhms, currentLsbAmps, (ushort)register);
        return true;
    }

    public static double ShuntVolts(ushort raw) => (short)raw * ShuntVoltageLsbVolts;

    public static double BusVolts(ushort raw) => (raw >> 3) * BusVoltageLsbVolts;

    /// <summary>Math overflow flag (bit 0 of the bus voltage register): current and power are meaningless.</summary>
    public static bool Overflowed(ushort busRaw) => (busRaw & 0x1) != 0;

    public double CurrentAmps(ushort raw) => (short)raw * CurrentLsbAmps;

    public double PowerWatts(ushort raw) => raw * PowerLsbWatts;
}
