using System.Buffers.Binary;
using System.Device.I2c;

namespace Kiosk.Testing;

/// <summary>
/// An INA219 behind an <see cref="I2cDevice"/>: a register map with a pointer, big-endian words,
/// read-only measurement registers, and the chip's own arithmetic for the derived registers
/// (TI SBOS448): Current = Shunt × Calibration / 4096, Power = Current × Bus(>>3) / 5000.
/// Seed it with the datasheet's example measurements and check the datasheet's results.
/// </summary>
public sealed class Ina219Simulator : I2cDevice
{
    public const ushort PowerOnConfiguration = 0x399F;

    private readonly Dictionary<byte, ushort> _registers = [];
    private byte _pointer;

    public Ina219Simulator(int address = 0x40)
    {
        ConnectionSettings = new I2cConnectionSettings(1, address);
        Reset();
    }

    public override I2cConnectionSettings ConnectionSettings { get; }

    /// <summary>Register writes in order, as (register, value).</summary>
    public List<(byte Register, ushort Value)> Writes { get; } = [];

    /// <summary>Makes the next transfer fail as a missing device does (EREMOTEIO).</summary>
    public bool Unplugged { get; set; }

    public ushort this[byte register]
    {
        get => register switch
        {
            0x04 => ComputeCurrent(),
            0x03 => ComputePower(),
            _ => _registers[register],
        };
        set => _registers[register] = value;
    }

    /// <summary>Power-on reset (also what a brown-out does): calibration is lost.</summary>
    public void Reset()
    {
        _registers[0x00] = PowerOnConfiguration;
        _registers[0x05] = 0;
        _registers.TryAdd(0x01, 0);
        _registers.TryAdd(0x02, 0);
    }

    public void SeedMeasurements(ushort shunt, ushort bus)
    {
        _registers[0x01] = shunt;
        _registers[0x02] = bus;
    }

    public override byte ReadByte() => throw new NotSupportedException("The INA219 is read a word at a time.");

    public override void Read(Span<byte> buffer)
    {
        ThrowIfUnplugged();
        if (buffer.Length != 2)
        {
            throw new IOException("INA219 registers are two bytes.");
        }

        BinaryPrimitives.WriteUInt16BigEndian(buffer, this[_pointer]);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfUnplugged();
        if (buffer.Length is not (1 or 3) || buffer[0] > 0x05)
        {
            throw new IOException($"Unexpected INA219 write of {buffer.Length} bytes to pointer {buffer[0]}.");
        }

        _pointer = buffer[0];
        if (buffer.Length == 1)
        {
            return;
        }

        var value = BinaryPrimitives.ReadUInt16BigEndian(buffer[1..]);
        Writes.Add((_pointer, value));
        switch (_pointer)
        {
            case 0x00 when (value & 0x8000) != 0:
                Reset();
                break;
            case 0x00:
                _registers[0x00] = value;
                break;
            case 0x05:
                _registers[0x05] = (ushort)(value & 0xFFFE);
                break;
            default:
                break; // measurement registers are read-only; the chip ignores the write
        }
    }

    public override void WriteRead(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        Write(writeBuffer);
        Read(readBuffer);
    }

    private ushort ComputeCurrent() => (ushort)(short)((short)_registers[0x01] * _registers[0x05] / 4096);

    private ushort ComputePower() => (ushort)(Math.Abs((short)ComputeCurrent()) * (_registers[0x02] >> 3) / 5000);

    private void ThrowIfUnplugged()
    {
        if (Unplugged)
        {
            throw new IOException("Error 121 performing I2C data transfer.");
        }
    }
}
