using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Hardware.Tests.Modem.Pdu;

/// <summary>Our encoder against gammu's decoder and gammu's encoder against our decoder.</summary>
public class PduGammuCrossCheckTests
{
    private const string Indonesian = "Pengaduan Anda sudah DIVERIFIKASI oleh petugas kecamatan. Terima kasih atas kesabaran Bapak/Ibu.";

    public static TheoryData<string, string> Texts => new()
    {
        { "+6281234567890", Indonesian },
        { "+6281234567890", "Biaya Rp 5.000 atau €1 [lunas] {ok} ~ ^ | \\" },
        { "+6281234567890", "Terima kasih 🙏 sudah melapor 😀" },
        { "081234567890", "Nomor nasional tanpa kode negara" },
        { "+6281234567890", string.Concat(Enumerable.Repeat("Pelayanan satu pintu kecamatan Sragen. ", 8))[..300] },
        { "+6281234567890", string.Concat(Enumerable.Repeat("Layanan 😀 ", 20)) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Gammu_decodes_our_submit_parts_back_to_the_text(string number, string text)
    {
        var parts = SmsSubmitComposer.Compose(SmsAddress.Parse(number), text, SubmitOptions.Default, 0x5A);
        var decodedText = "";
        foreach (var (part, index) in parts.Select((p, i) => (p, i)))
        {
            var pdu = PduCodec.EncodeSubmit(part with { ServiceCentre = SmsAddress.Parse("+6281100000") });
            var gammu = GammuReference.Decode(pdu.Hex);
            Assert.Equal("Submit", (string?)gammu["Type"]);
            Assert.Equal(number, (string?)gammu["Number"]);
            Assert.Equal("+6281100000", (string?)gammu["SMSC"]);
            if (parts.Count > 1)
            {
                Assert.Equal(0x5A, (int?)gammu["UDH"]!["ID8bit"]);
                Assert.Equal(index + 1, (int?)gammu["UDH"]!["PartNumber"]);
                Assert.Equal(parts.Count, (int?)gammu["UDH"]!["AllParts"]);
            }

            decodedText += (string?)gammu["Text"];
        }

        Assert.Equal(Kiosk.Core.Sms.Encoding.SmsText.Plan(text).Text, decodedText);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void We_decode_gammus_submit_parts_back_to_the_text(string number, string text)
    {
        var unicode = !Kiosk.Core.Sms.Encoding.Gsm7.Fits(text);
        var hexes = GammuReference.Encode("Submit", number, text, unicode, "+6281100000");
        var parts = hexes.Select(h => PduCodec.DecodeSubmit(h)).ToList();
        Assert.All(parts, p => Assert.Equal(number, p.Destination.Number));
        Assert.All(parts, p => Assert.Equal("+6281100000", p.ServiceCentre?.Number));
        if (parts.Count > 1)
        {
            Assert.Equal(Enumerable.Range(1, parts.Count), parts.Select(p => p.Concatenation!.Sequence));
            Assert.All(parts, p => Assert.Equal(parts.Count, p.Concatenation!.Total));
        }

        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
    }

    [Theory]
    [InlineData("+6281234567890", "Halo dari Sragen")]
    [InlineData("TELKOMSEL", "Paket internet 10GB Rp 50.000")]
    [InlineData("+6281234567890", "Emoji 😀 dan €")]
    public void We_decode_gammus_deliver(string sender, string text)
    {
        var time = new DateTime(2026, 3, 1, 10, 20, 30);
        var hex = GammuReference.Encode("Deliver", sender, text, !Kiosk.Core.Sms.Encoding.Gsm7.Fits(text), "+6281100000", time).Single();
        var deliver = PduCodec.DecodeDeliver(hex);
        Assert.Equal(sender, deliver.Originator.Number);
        Assert.Equal(text, deliver.Text);
        Assert.Equal(time, deliver.Timestamp.DateTime);
    }

    [Theory]
    [InlineData("+6281234567890", "Balasan: status DIPROSES")]
    [InlineData("TELKOMSEL", "Sisa kuota Anda 2GB")]
    [InlineData("+6281234567890", "Tiket A-017 [prioritas] 😀")]
    public void Gammu_decodes_our_deliver_with_sender_text_and_time(string sender, string text)
    {
        var plan = Kiosk.Core.Sms.Encoding.SmsText.Plan(text);
        var deliver = new SmsDeliver(SmsAddress.Parse(sender), plan.Text, new DateTimeOffset(2026, 12, 31, 23, 59, 58, TimeSpan.FromHours(8)))
        {
            Coding = plan.Encoding == Kiosk.Core.Sms.Encoding.SmsEncoding.Gsm7 ? DataCodingScheme.Gsm7 : DataCodingScheme.Ucs2,
            ServiceCentre = SmsAddress.Parse("+6281100000"),
        };
        var gammu = GammuReference.Decode(PduCodec.EncodeDeliver(deliver).Hex);
        Assert.Equal("Deliver", (string?)gammu["Type"]);
        Assert.Equal(sender, (string?)gammu["Number"]);
        Assert.Equal(text, (string?)gammu["Text"]);
        Assert.Equal("2026-12-31T23:59:58", (string?)gammu["DateTime"]);
    }

    [Fact]
    public void Gammu_reads_our_flash_class_0_and_status_report_request()
    {
        var part = SmsSubmitComposer.Compose(
            SmsAddress.Parse("+6281234567890"), "Kilat", new SubmitOptions { Flash = true, RequestStatusReport = true }, 1).Single();
        var hex = PduCodec.EncodeSubmit(part).Hex;
        var gammu = GammuReference.Decode(hex);
        Assert.Equal(0, (int?)gammu["Class"]);
        Assert.Equal("Kilat", (string?)gammu["Text"]);
        Assert.Equal(0x21, Convert.FromHexString(hex)[1]); // SUBMIT | SRR; no validity
    }

    [Fact]
    public void Gammu_reads_our_status_report()
    {
        var report = new SmsStatusReport(
            0x2A, SmsAddress.Parse("+6281234567890"),
            new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.FromHours(7)),
            new DateTimeOffset(2026, 5, 1, 8, 0, 7, TimeSpan.FromHours(7)),
            DeliveryStatus.Delivered) { ServiceCentre = SmsAddress.Parse("+6281100000") };
        var gammu = GammuReference.Decode(PduCodec.EncodeStatusReport(report).Hex);
        Assert.Equal("Status_Report", (string?)gammu["Type"]);
        Assert.Equal("+6281234567890", (string?)gammu["Number"]);
        Assert.Equal(0x2A, (int?)gammu["MessageReference"]);
        Assert.Equal(0, (int?)gammu["DeliveryStatus"]);
    }
}
