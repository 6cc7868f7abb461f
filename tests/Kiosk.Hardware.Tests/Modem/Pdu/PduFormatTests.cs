using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Hardware.Tests.Modem.Pdu;

/// <summary>What each kind of bad PDU gets: a PduFormatException that says what is wrong.</summary>
public class PduFormatTests
{
    private const string Good = "07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07";

    [Theory]
    [InlineData("", "SMSC length")]
    [InlineData("0", "odd number of hex digits")]
    [InlineData("ZZ", "not hexadecimal")]
    [InlineData("07911326040000F004", "originator address length")]
    [InlineData("07911326040000F0040B9113466100", "originator address")]
    [InlineData("07911326040000F0040B911346610089F60000", "service centre timestamp")]
    [InlineData("07911326040000F0040B911346610089F6000020806291731408", "user data length")]
    [InlineData("07911326040000F0040B911346610089F60000208062917314080CC8F71D", "user data")]
    [InlineData("0D91", "SMSC length")]
    [InlineData("0003", "reserved")]
    [InlineData("00040481214300006231110213548200", "2026-13-11")]
    [InlineData("000404812143000062701102135482FF41", "septets (at most 160)")]
    [InlineData("00440481214300086270110213548203050003", "UDHL")]
    [InlineData("004404812143000862701102135482060500030A0300", "part 0 of 3")]
    [InlineData("0004048121430008627011021354820300410041", "odd number of octets")]
    [InlineData("0004048121430020627011021354820141", "compressed")]
    public void A_bad_PDU_throws_a_format_exception_naming_the_problem(string hex, string expected)
    {
        var error = Assert.Throws<PduFormatException>(() => PduCodec.Decode(hex));
        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_truncation_of_a_good_PDU_throws_a_format_exception_never_an_index_error()
    {
        for (var length = 0; length < Good.Length; length += 2)
        {
            Assert.Throws<PduFormatException>(() => PduCodec.Decode(Good[..length]));
        }
    }

    [Fact]
    public void Random_garbage_only_ever_throws_format_exceptions()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 60)];
            random.NextBytes(bytes);
            try
            {
                PduCodec.Decode(Convert.ToHexString(bytes));
            }
            catch (PduFormatException)
            {
                // expected for most garbage
            }
        }
    }

    [Fact]
    public void Decoding_a_deliver_as_a_submit_says_so()
    {
        var error = Assert.Throws<PduFormatException>(() => PduCodec.DecodeSubmit(Good));
        Assert.Contains("not an SMS-SUBMIT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoding_non_GSM_text_as_GSM_7_is_refused()
    {
        var submit = new SmsSubmit(SmsAddress.Parse("+6281234567890"), "😀");
        Assert.Throws<PduFormatException>(() => PduCodec.EncodeSubmit(submit));
    }

    [Fact]
    public void Encoding_a_text_longer_than_one_PDU_is_refused()
    {
        var submit = new SmsSubmit(SmsAddress.Parse("+6281234567890"), new string('a', 161));
        var error = Assert.Throws<PduFormatException>(() => PduCodec.EncodeSubmit(submit));
        Assert.Contains("161 septets", error.Message, StringComparison.Ordinal);
    }
}
