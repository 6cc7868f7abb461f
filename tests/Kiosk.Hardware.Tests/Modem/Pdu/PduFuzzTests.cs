using System.Text;
using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Hardware.Tests.Modem.Pdu;

/// <summary>
/// Whatever a modem, network or broken phone hands us, <see cref="PduCodec.Decode"/> either reads it
/// into a message that encodes again to a stable canonical PDU, or throws a <see cref="PduFormatException"/>
/// about the PDU; never an IndexOutOfRange, Overflow, Argument... exception that would escape the
/// gateway's handling. Seeded, so a failure reproduces.
/// </summary>
public class PduFuzzTests
{
    private const int Runs = 100_000;
    private const string HexDigits = "0123456789ABCDEF";

    [Fact]
    public void Mutated_and_random_PDUs_decode_to_a_message_that_round_trips_or_are_refused_as_bad_PDUs()
    {
        var random = new Random(20261123);
        var seeds = ValidPdus();
        var decoded = 0;
        var refused = 0;
        var escaped = new List<string>();
        for (var run = 0; run < Runs; run++)
        {
            var hex = run % 5 == 4 ? RandomHex(random) : Mutate(seeds[random.Next(seeds.Count)], random);
            var hasServiceCentre = random.Next(8) != 0;
            try
            {
                var message = PduCodec.Decode(hex, hasServiceCentre);
                decoded++;
                if (RoundTripProblem(message) is { } problem && escaped.Count < 20)
                {
                    escaped.Add($"{hex} (SMSC {hasServiceCentre}) decoded but {problem}");
                }
            }
            catch (PduFormatException e)
            {
                refused++;
                if ((e.Input != PduInput.Pdu || string.IsNullOrWhiteSpace(e.Message)) && escaped.Count < 20)
                {
                    escaped.Add($"{hex} (SMSC {hasServiceCentre}) refused as a bad {e.Input}, not a bad PDU: '{e.Message}'");
                }
            }
            catch (Exception e) when (escaped.Count < 20)
            {
                escaped.Add($"{e.GetType().Name} for {hex} (SMSC {hasServiceCentre}): {e.Message}");
            }
        }

        Assert.True(escaped.Count == 0, string.Join(Environment.NewLine, escaped));
        Assert.Equal(Runs, decoded + refused);
        Assert.True(decoded > Runs / 20, $"only {decoded} inputs decoded: the mutations are too destructive to reach the deeper readers");
        Assert.True(refused > Runs / 20, $"only {refused} inputs refused: the mutations do not exercise bad input");
    }

    /// <summary>
    /// What was read must be writable again, and its canonical form a fixed point: encoding what
    /// decoding the re-encoded PDU gives yields the same hex. Null when it holds.
    /// </summary>
    private static string? RoundTripProblem(SmsPdu message)
    {
        string once;
        try
        {
            once = Encode(message);
        }
        catch (PduFormatException e)
        {
            return $"cannot be encoded again ({e.Input}: {e.Message})";
        }

        var again = Encode(PduCodec.Decode(once));
        return again == once ? null : $"re-encodes to {once}, then to {again}";
    }

    private static string Encode(SmsPdu message) => message switch
    {
        SmsDeliver deliver => PduCodec.EncodeDeliver(deliver).Hex,
        SmsSubmit submit => PduCodec.EncodeSubmit(submit).Hex,
        SmsStatusReport report => PduCodec.EncodeStatusReport(report).Hex,
        _ => throw new InvalidOperationException("unknown PDU type " + message.GetType().Name),
    };

    [Fact]
    public void Every_seed_PDU_decodes_before_it_is_mutated()
    {
        Assert.All(ValidPdus(), hex => Assert.NotNull(PduCodec.Decode(hex)));
    }

    /// <summary>DELIVER, SUBMIT and STATUS-REPORT in every coding, with and without headers, SMSC and validity.</summary>
    private static List<string> ValidPdus()
    {
        var zone = TimeSpan.FromHours(7);
        var time = new DateTimeOffset(2026, 11, 23, 9, 30, 15, zone);
        var person = SmsAddress.Parse("+6281234567890");
        var local = SmsAddress.Parse("081234567890");
        var smsc = SmsAddress.Parse("+6281100000");
        var texts = new[] { "INFO", "lapor: jalan rusak € [ ] { }", "Antrian Anda A-017 ✓ 日本 😀", string.Concat(Enumerable.Repeat("Bantuan PKH belum cair. ", 20)) };
        var pdus = new List<string>();
        var reference = 0;
        foreach (var text in texts)
        {
            foreach (var part in SmsSubmitComposer.Compose(person, text, new SubmitOptions { RequestStatusReport = true }, ++reference))
            {
                pdus.Add(PduCodec.EncodeSubmit(part).Hex);
                pdus.Add(PduCodec.EncodeSubmit(part with { ServiceCentre = smsc, ValidityPeriod = TimeSpan.FromDays(1) }).Hex);
                pdus.Add(PduCodec.EncodeDeliver(new SmsDeliver(part.Destination, part.Text, time) { Coding = part.Coding, Header = part.Header, ServiceCentre = smsc }).Hex);
                pdus.Add(PduCodec.EncodeDeliver(new SmsDeliver(local, part.Text, time.ToOffset(TimeSpan.FromHours(-3.5))) { Coding = part.Coding, Header = part.Header }).Hex);
            }
        }

        pdus.Add(PduCodec.EncodeDeliver(new SmsDeliver(SmsAddress.Parse("TELKOMSEL"), "Paket 10GB Rp10rb", time)).Hex);
        pdus.Add(PduCodec.EncodeStatusReport(new SmsStatusReport(42, person, time, time.AddMinutes(1), DeliveryStatus.Delivered) { ServiceCentre = smsc }).Hex);
        pdus.Add(PduCodec.EncodeStatusReport(new SmsStatusReport(7, local, time, time, (DeliveryStatus)0x45)).Hex);
        return pdus;
    }

    private static string Mutate(string hex, Random random)
    {
        var bytes = Convert.FromHexString(hex).ToList();
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations; m++)
        {
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0: // flip bits in one byte
                    bytes[random.Next(bytes.Count)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0: // replace a byte (often a length or a type octet)
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 2 when bytes.Count > 0: // extreme values where lengths live
                    bytes[random.Next(Math.Min(bytes.Count, 24))] = random.Next(2) == 0 ? (byte)0xFF : (byte)0x00;
                    break;
                case 3: // truncate
                    bytes = bytes.Take(random.Next(bytes.Count + 1)).ToList();
                    break;
                case 4: // extend with garbage
                    bytes.AddRange(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (byte)random.Next(256)));
                    break;
                case 5 when bytes.Count > 1: // delete a byte in the middle
                    bytes.RemoveAt(random.Next(bytes.Count));
                    break;
                default: // insert a byte
                    bytes.Insert(random.Next(bytes.Count + 1), (byte)random.Next(256));
                    break;
            }
        }

        var mutated = Convert.ToHexString([.. bytes]);
        return random.Next(50) switch
        {
            0 => mutated + HexDigits[random.Next(16)],                 // odd length
            1 => mutated.ToLowerInvariant(),                            // lower-case hex
            2 when mutated.Length > 2 => mutated.Insert(random.Next(mutated.Length), "G"), // not hex
            3 => " " + mutated + "\r\n",                                // whitespace around
            _ => mutated,
        };
    }

    private static string RandomHex(Random random)
    {
        var length = random.Next(0, 400);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(100) == 0 ? (char)random.Next(32, 127) : HexDigits[random.Next(16)]);
        }

        return text.ToString();
    }
}
