using System.Buffers.Binary;
using System.Device.I2c;

namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>
/// TI INA219 current/power monitor on an <see cref="I2cDevice"/>. Registers are 16-bit big-endian;
/// a read sets the register pointer then reads two bytes. The chip loses its calibration on a
/// brown-out (a sharp load step can reset it), after which current and power read zero, so every
/// <see cref="Read"/> checks the calibration register and rewrites it when it has changed.
/// </summary>
public sealed class Ina219 : IDisposable
{
    public const int DefaultAddress = 0x40;

    private readonly I2cDevice _device;
    private readonly bool _shouldDispose;
    private ushort _configuration;
    private bool _disposed;

    public Ina219(I2cDevice device, Ina219Calibration calibration, bool shouldDispose)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(calibration);
        _device = device;
        Calibration = calibration;
        _shouldDispose = shouldDispose;
        _configuration = Ina219Configuration.Value(Ina219BusRange.Volts32, Ina219ShuntRange.Millivolts320);
    }

    public Ina219Calibration Calibration { get; }

    /// <summary>Opens /dev/i2c-N for the configured chip (the host calls this; tests use a simulator).</summary>
    public static Ina219 Create(Ina219Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var calibration = Ina219Calibration.ForMaxCurrent(options.ShuntOhms, options.MaxExpectedAmps);
        var device = I2cDevice.Create(new I2cConnectionSettings(options.BusId, options.Address));
        return new Ina219(device, calibration, shouldDispose: true);
    }

    /// <summary>Writes the configuration (ranges, 12-bit ADCs, continuous) and the calibration.</summary>
    public void Configure(Ina219BusRange busRange, Ina219ShuntRange shuntRange)
    {
        _configuration = Ina219Configuration.Value(busRange, shuntRange);
        WriteRegister(Ina219Register.Configuration, _configuration);
        WriteRegister(Ina219Register.Calibration, Calibration.RegisterValue);
    }

    public double ReadShuntVolts() => Ina219Calibration.ShuntVolts(ReadRegister(Ina219Register.ShuntVoltage));

    public double ReadBusVolts() => Ina219Calibration.BusVolts(ReadRegister(Ina219Register.BusVoltage));

    public double ReadCurrentAmps() => Calibration.CurrentAmps(ReadRegister(Ina219Register.Current));

    public double ReadPowerWatts() => Calibration.PowerWatts(ReadRegister(Ina219Register.Power));

    /// <summary>All four measurements, restoring a lost calibration first.</summary>
    public Ina219Reading Read()
    {
        if (ReadRegister(Ina219Register.Calibration) != Calibration.RegisterValue)
        {
            WriteRegister(Ina219Register.Configuration, _configuration);
            WriteRegister(Ina219Register.Calibration, Calibration.RegisterValue);
        }

        var shunt = ReadRegister(Ina219Register.ShuntVoltage);
        var bus = ReadRegister(Ina219Register.BusVoltage);
        var current = ReadRegister(Ina219Register.Current);
        var power = ReadRegister(Ina219Register.Power);
        return new Ina219Reading(
            Ina219Calibration.ShuntVolts(shunt),
            Ina219Calibration.BusVolts(bus),
            Calibration.CurrentAmps(current),
            Calibration.PowerWatts(power),
            Ina219Calibration.Overflowed(bus));
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_shouldDispose)
        {
            _device.Dispose();
        }
    }

    internal ushort ReadRegister(Ina219Register register)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Span<byte> value = stackalloc byte[2];
        try
        {
            _device.WriteByte((byte)register);
            _device.Read(value);
        }
        catch (IOException ex)
        {
            throw GpioDeviceException.I2cFailed("INA219", _device.ConnectionSettings.DeviceAddress, ex);
        }

        return BinaryPrimitives.ReadUInt16BigEndian(value);
    }

    internal void WriteRegister(Ina219Register register, ushort value)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Span<byte> frame = stackalloc byte[3];
        frame[0] = (byte)register;
        BinaryPrimitives.WriteUInt16BigEndian(frame[1..], value);
        try
        {
            _device.Write(frame);
        }
        catch (IOException ex)
        {
            throw GpioDeviceException.I2cFailed("INA219", _device.ConnectionSettings.DeviceAddress, ex);
        }
    }
}
