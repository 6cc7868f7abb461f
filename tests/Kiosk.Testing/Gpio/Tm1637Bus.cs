using System.Device.Gpio;

namespace Kiosk.Testing;

/// <summary>
/// Reads back what was sent to a TM1637 from the pin writes a <see cref="FakeGpioDriver"/> recorded,
/// by the datasheet's two-wire protocol: a start is DIO falling while CLK is high, a stop is DIO
/// rising while CLK is high, each bit is taken on a CLK rising edge least significant first, and
/// every eighth bit is followed by the chip's acknowledge clock. Each start…stop is one frame.
/// </summary>
public static class Tm1637Bus
{
    public static IReadOnlyList<byte[]> Frames(IEnumerable<PinWrite> writes, int clockPin, int dataPin)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var frames = new List<byte[]>();
        List<byte>? frame = null;
        var bits = new List<bool>();
        PinValue clock = PinValue.Low, data = PinValue.High;
        foreach (var write in writes)
        {
            if (write.Pin == dataPin)
            {
                if (clock == PinValue.High && data == PinValue.High && write.Value == PinValue.Low)
                {
                    frame = [];
                    bits.Clear();
                }
                else if (clock == PinValue.High && data == PinValue.Low && write.Value == PinValue.High && frame is not null)
                {
                    frames.Add([.. frame]);
                    frame = null;
                }

                data = write.Value;
            }
            else if (write.Pin == clockPin)
            {
                if (write.Value == PinValue.High && clock == PinValue.Low && frame is not null)
                {
                    bits.Add(data == PinValue.High);
                    if (bits.Count == 9)
                    {
                        // Eight data bits, then the acknowledge clock (the chip drives DIO then).
                        frame.Add((byte)Enumerable.Range(0, 8).Sum(i => bits[i] ? 1 << i : 0));
                        bits.Clear();
                    }
                }

                clock = write.Value;
            }
        }

        return frames;
    }
}
