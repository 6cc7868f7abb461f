using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Hardware.Tests.Modem.Pdu;

public class UssdCodingTests
{
    [Fact]
    public void The_well_known_star_100_hash_packs_to_AA180C3602()
    {
        Assert.Equal("AA180C3602", UssdCoding.EncodePacked("*100#"));
        Assert.Equal("*100#", UssdCoding.Decode("AA180C3602", 15));
    }

    [Fact]
    public void Seven_spare_bits_are_padded_with_CR_and_the_padding_is_dropped_on_decode()
    {
        var packed = UssdCoding.EncodePacked("1234567");
        Assert.Equal(7, packed.Length / 2);
        Assert.Equal("1234567", UssdCoding.Decode(packed, 15));
    }

    [Theory]
    [InlineData("0053006900730061002000500075006C00730061", 72, "Sisa Pulsa")]
    [InlineData("0053006900730061", 0x48, "Sisa")]
    [InlineData("Sisa pulsa Rp 5.000", 15, "Sisa pulsa Rp 5.000")]
    [InlineData("D3F43C0C", 0x0F, "Sisa")]
    public void USSD_answers_are_decoded_by_their_data_coding_scheme(string payload, int dcs, string expected) =>
        Assert.Equal(expected, UssdCoding.Decode(payload, dcs));

    [Fact]
    public void A_CUSD_line_with_commas_inside_the_text_is_parsed_whole()
    {
        var response = GsmModem.ParseUssd("0,\"Sisa pulsa, bonus, dan kuota\",15");
        Assert.Equal("Sisa pulsa, bonus, dan kuota", response.Text);
        Assert.Equal(UssdStatus.NoFurtherActionRequired, response.Status);
    }

    [Fact]
    public void A_CUSD_without_text_is_a_status_only()
    {
        Assert.Equal(new UssdResponse(UssdStatus.NetworkTimeout, "", 15), GsmModem.ParseUssd("5"));
    }

    [Fact]
    public void A_garbled_CUSD_line_raises_a_modem_exception()
    {
        Assert.Throws<ModemException>(() => GsmModem.ParseUssd("x,\"a\",15"));
        Assert.Throws<ModemException>(() => GsmModem.ParseUssd("0,\"a"));
    }
}
