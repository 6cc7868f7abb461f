using Kiosk.Core.Sms.Encoding;
using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Hardware.Tests.Modem.Pdu;

public class PduRoundTripTests
{
    private const string Alphabet = "abcXYZ 0123456789.,-@£$èé€[]{}~^|\\ÄÖÑÜ§¿ā“”–…😀🙏日本";

    [Fact]
    public void Random_texts_survive_compose_encode_decode_and_join()
    {
        var random = new Random(20260301);
        for (var run = 0; run < 300; run++)
        {
            var length = random.Next(0, 420);
            var chars = new System.Text.StringBuilder();
            while (chars.Length < length)
            {
                var pick = random.Next(Alphabet.Length);
                chars.Append(char.IsHighSurrogate(Alphabet[pick]) ? Alphabet.Substring(pick, 2) : char.IsLowSurrogate(Alphabet[pick]) ? "x" : Alphabet[pick].ToString());
            }

            var text = chars.ToString();
            var parts = SmsSubmitComposer.Compose(SmsAddress.Parse("+6281234567890"), text, SubmitOptions.Default, run);
            var decoded = parts.Select(p => PduCodec.DecodeSubmit(PduCodec.EncodeSubmit(p).Hex)).ToList();
            Assert.Equal(SmsText.Plan(text).Text, string.Concat(decoded.Select(d => d.Text)));
            Assert.All(decoded, d => Assert.Equal(parts.Count > 1 ? parts.Count : null, d.Concatenation?.Total));
        }
    }

    [Fact]
    public void A_300_character_Indonesian_text_goes_out_in_two_concatenated_parts()
    {
        var text = string.Concat(Enumerable.Repeat("Antrian Anda A-017, silakan menunggu. ", 8))[..300];
        var parts = SmsSubmitComposer.Compose(SmsAddress.Parse("+6281234567890"), text, SubmitOptions.Default, 7);
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Equal(7, p.Concatenation!.Reference));
        Assert.All(parts, p => Assert.True(PduCodec.EncodeSubmit(p).TpduLength <= 140 + 15));
    }

    [Fact]
    public void A_300_character_UCS2_text_goes_out_in_five_parts_of_67_units()
    {
        var text = string.Concat(Enumerable.Repeat("Layanan 日本 ", 30))[..300];
        var parts = SmsSubmitComposer.Compose(SmsAddress.Parse("+6281234567890"), text, SubmitOptions.Default, 7);
        Assert.Equal(5, parts.Count);
        Assert.All(parts, p => Assert.Equal(SmsAlphabet.Ucs2, p.Coding.Alphabet));
    }

    [Fact]
    public void A_surrogate_pair_survives_UCS2_encoding()
    {
        var submit = new SmsSubmit(SmsAddress.Parse("+6281234567890"), "😀🙏") { Coding = DataCodingScheme.Ucs2 };
        var hex = PduCodec.EncodeSubmit(submit).Hex;
        Assert.EndsWith("08D83DDE00D83DDE4F", hex, StringComparison.Ordinal);
        Assert.Equal("😀🙏", PduCodec.DecodeSubmit(hex).Text);
    }

    [Fact]
    public void Eight_bit_user_data_round_trips_as_octets()
    {
        var submit = new SmsSubmit(SmsAddress.Parse("1234"), "") { Coding = DataCodingScheme.Create(SmsAlphabet.EightBit, null), UserData = [0x00, 0xFF, 0x7F] };
        var back = PduCodec.DecodeSubmit(PduCodec.EncodeSubmit(submit).Hex);
        Assert.Equal(new byte[] { 0x00, 0xFF, 0x7F }, back.UserData);
    }

    [Fact]
    public void A_sender_with_an_odd_number_of_digits_keeps_them_all()
    {
        var deliver = new SmsDeliver(SmsAddress.Parse("+628123456789"), "x", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal("+628123456789", PduCodec.DecodeDeliver(PduCodec.EncodeDeliver(deliver).Hex).Originator.Number);
    }

    [Fact]
    public void A_short_code_sender_is_national_digits_without_plus()
    {
        var deliver = new SmsDeliver(SmsAddress.Parse("3636"), "x", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var back = PduCodec.DecodeDeliver(PduCodec.EncodeDeliver(deliver).Hex).Originator;
        Assert.Equal("3636", back.Number);
        Assert.Equal(TypeOfNumber.Unknown, back.Type);
    }
}
