using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Hardware.Tests.Modem.Pdu;

/// <summary>Published vectors (the classic TS 23.040 / dreamfabric examples) and hand-checked fields.</summary>
public class PduVectorTests
{
    [Fact]
    public void The_classic_deliver_vector_decodes_to_how_are_you()
    {
        var deliver = PduCodec.DecodeDeliver("07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07");
        Assert.Equal("How are you?", deliver.Text);
        Assert.Equal("+31641600986", deliver.Originator.Number);
        Assert.Equal(TypeOfNumber.International, deliver.Originator.Type);
        Assert.Equal("+31624000000", deliver.ServiceCentre?.Number);
        Assert.Equal(new DateTime(2002, 8, 26, 19, 37, 41), deliver.Timestamp.DateTime);
        Assert.Equal(SmsAlphabet.Gsm7, deliver.Coding.Alphabet);
    }

    [Fact]
    public void The_classic_submit_vector_decodes_to_hellohello_with_a_four_day_validity()
    {
        var submit = PduCodec.DecodeSubmit("0011000B916407281553F80000AA0AE8329BFD4697D9EC37");
        Assert.Null(submit.ServiceCentre);
        Assert.Equal("hellohello", submit.Text);
        Assert.Equal("+46708251358", submit.Destination.Number);
        Assert.Equal(TimeSpan.FromDays(4), submit.ValidityPeriod);
    }

    [Fact]
    public void Encoding_the_classic_submit_gives_the_same_octets()
    {
        var submit = new SmsSubmit(SmsAddress.Parse("+46708251358"), "hellohello") { ValidityPeriod = TimeSpan.FromDays(4) };
        var pdu = PduCodec.EncodeSubmit(submit);
        Assert.Equal("0011000B916407281553F80000AA0AE8329BFD4697D9EC37", pdu.Hex);
        Assert.Equal(23, pdu.TpduLength);
    }

    [Theory]
    [InlineData(0x00, SmsAlphabet.Gsm7, null)]
    [InlineData(0x08, SmsAlphabet.Ucs2, null)]
    [InlineData(0x04, SmsAlphabet.EightBit, null)]
    [InlineData(0x10, SmsAlphabet.Gsm7, MessageClass.Class0)]
    [InlineData(0x18, SmsAlphabet.Ucs2, MessageClass.Class0)]
    [InlineData(0xF0, SmsAlphabet.Gsm7, MessageClass.Class0)]
    [InlineData(0xF6, SmsAlphabet.EightBit, MessageClass.Class2)]
    [InlineData(0x48, SmsAlphabet.Ucs2, null)]
    [InlineData(0xE0, SmsAlphabet.Ucs2, null)]
    public void Data_coding_schemes_give_alphabet_and_class(byte value, SmsAlphabet alphabet, MessageClass? messageClass)
    {
        var dcs = DataCodingScheme.Parse(value);
        Assert.Equal(alphabet, dcs.Alphabet);
        Assert.Equal(messageClass, dcs.Class);
    }

    [Fact]
    public void A_positive_quarter_hour_zone_is_read_as_plus_seven_hours_for_WIB()
    {
        // +07:00 = 28 quarters → swapped BCD "82"
        var deliver = PduCodec.DecodeDeliver("0004048121430000627011021354820141");
        Assert.Equal(TimeSpan.FromHours(7), deliver.Timestamp.Offset);
        Assert.Equal(new DateTime(2026, 7, 11, 20, 31, 45), deliver.Timestamp.DateTime);
        Assert.Equal("A", deliver.Text);
        Assert.Equal("1234", deliver.Originator.Number);
    }

    [Fact]
    public void A_negative_zone_sets_the_sign_bit_and_reads_back()
    {
        // -03:30 = 14 quarters, sign bit → 0x49
        var deliver = PduCodec.DecodeDeliver("0004048121430000627011021354490141");
        Assert.Equal(TimeSpan.FromMinutes(-210), deliver.Timestamp.Offset);
        var again = PduCodec.EncodeDeliver(deliver);
        Assert.Equal("0004048121430000627011021354490141", again.Hex);
    }

    [Fact]
    public void An_alphanumeric_sender_is_decoded_from_packed_septets()
    {
        var deliver = new SmsDeliver(SmsAddress.Parse("TELKOMSEL"), "Promo", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(7)));
        var hex = PduCodec.EncodeDeliver(deliver).Hex;
        Assert.Contains("10D0D42273F96C4E8B4C", hex, StringComparison.Ordinal); // length 16 semi-octets, TOA D0
        var back = PduCodec.DecodeDeliver(hex);
        Assert.Equal("TELKOMSEL", back.Originator.Number);
        Assert.True(back.Originator.IsAlphanumeric);
    }

    [Fact]
    public void A_status_report_gives_reference_recipient_and_delivered_status()
    {
        var report = new SmsStatusReport(
            0x2A, SmsAddress.Parse("+6281234567890"),
            new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.FromHours(7)),
            new DateTimeOffset(2026, 5, 1, 8, 0, 7, TimeSpan.FromHours(7)),
            DeliveryStatus.Delivered);
        var hex = PduCodec.EncodeStatusReport(report).Hex;
        Assert.Equal("00062A0D91261832547698F0625010800000826250108000708200", hex);
        var back = PduCodec.DecodeStatusReport(hex);
        Assert.Equal(report, back);
        Assert.True(back.IsDelivered);
        Assert.True(back.IsFinal);
    }

    [Fact]
    public void Gsm7_after_a_concatenation_header_starts_after_one_fill_bit()
    {
        var submit = new SmsSubmit(SmsAddress.Parse("+6281234567890"), "A")
        {
            Header = UserDataHeader.ForConcatenation(new ConcatenationInfo(0x42, 2, 1)),
        };
        var hex = PduCodec.EncodeSubmit(submit).Hex;
        // UDL 8 septets = 7 header septets + 1; UDH 050003420201; 'A' (0x41) shifted by one fill bit → 0x82
        Assert.EndsWith("08050003420201" + "82", hex, StringComparison.Ordinal);
        Assert.Equal("A", PduCodec.DecodeSubmit(hex).Text);
    }

    [Fact]
    public void A_sixteen_bit_reference_header_is_read_back()
    {
        var submit = new SmsSubmit(SmsAddress.Parse("+6281234567890"), "Bagian dua")
        {
            Header = UserDataHeader.ForConcatenation(new ConcatenationInfo(0xBEEF, 3, 2, SixteenBitReference: true)),
        };
        var hex = PduCodec.EncodeSubmit(submit).Hex;
        Assert.Contains("060804BEEF0302", hex, StringComparison.Ordinal);
        var back = PduCodec.DecodeSubmit(hex);
        Assert.Equal(new ConcatenationInfo(0xBEEF, 3, 2, true), back.Concatenation);
        Assert.Equal("Bagian dua", back.Text);
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(60, 11)]
    [InlineData(12 * 60, 143)]
    [InlineData(13 * 60, 145)]
    [InlineData(24 * 60, 167)]
    [InlineData(2 * 24 * 60, 168)]
    [InlineData(4 * 24 * 60, 170)]
    [InlineData(30 * 24 * 60, 196)]
    [InlineData(35 * 24 * 60, 197)]
    public void Relative_validity_periods_map_to_the_TS_23_040_octet(int minutes, byte octet)
    {
        Assert.Equal(octet, ValidityPeriod.ToRelative(TimeSpan.FromMinutes(minutes)));
        Assert.Equal(TimeSpan.FromMinutes(minutes), ValidityPeriod.FromRelative(octet));
    }
}
