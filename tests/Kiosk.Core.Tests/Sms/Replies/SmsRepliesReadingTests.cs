using Kiosk.Core.Sms.Encoding;
using Kiosk.Core.Sms.Replies;

namespace Kiosk.Core.Tests.Sms.Replies;

/// <summary>Replies read as a citizen reads them on a 160-character screen.</summary>
public class SmsRepliesReadingTests
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    /// <summary>Real service names of kecamatan offices, the longest ones they print.</summary>
    public static TheoryData<string> ServiceNames => new()
    {
        "Akta Kelahiran dan Kartu Identitas Anak",
        "Pengaduan & Informasi Publik",
        "Surat Keterangan Tidak Mampu",
        "Rekomendasi Izin Usaha Mikro Kecil",
        "Legalisasi Dokumen Kependudukan",
        "Pelayanan Administrasi Terpadu Kecamatan",
        "KTP-el",
    };

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Service_names_are_never_cut_mid_word(string service)
    {
        var replies = new SmsReplies(Language.Id, Jakarta, "Kecamatan Sukamakmur Jaya");
        var words = service.Split(' ');

        foreach (var reply in (string[])[replies.TicketWaiting("A-017", service, 4, TimeSpan.FromMinutes(30)), replies.TurnNear("A-017", service, 3), replies.QueueTicketTaken("A-017", service, 4, TimeSpan.FromMinutes(30))])
        {
            var shown = reply[(reply.IndexOf('(', StringComparison.Ordinal) + 1)..reply.IndexOf(')', StringComparison.Ordinal)].TrimEnd('.');
            var shownWords = shown.Split(' ');
            Assert.All(shownWords, (word, i) => Assert.Equal(words[i], word));
            Assert.True(reply.Length <= ReplyFieldLimits.SegmentLength, reply);
        }
    }

    [Theory]
    [InlineData(Language.Id, "Giliran Anda berikutnya")]
    [InlineData(Language.En, "you are next")]
    public void No_one_ahead_reads_as_you_are_next_not_zero_people(Language language, string next)
    {
        var replies = new SmsReplies(language, Jakarta, "Kecamatan Sragen");

        foreach (var reply in (string[])[replies.TicketWaiting("A-017", "Layanan Sosial", 0, TimeSpan.Zero), replies.TurnNear("A-017", "Layanan Sosial", 0), replies.QueueTicketTaken("A-017", "Layanan Sosial", 0, TimeSpan.Zero)])
        {
            Assert.Contains(next, reply, StringComparison.Ordinal);
            Assert.DoesNotContain(" 0 ", reply, StringComparison.Ordinal);
            Assert.Contains("A-017", reply, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Language.Id)]
    [InlineData(Language.En)]
    public void The_new_replies_fit_one_GSM7_segment_with_their_longest_values(Language language)
    {
        var replies = new SmsReplies(language, Jakarta, "Kecamatan Sukamakmur Jaya Baru Selatan Timur");

        foreach (var reply in (string[])[replies.MessageTooLong(99), replies.TicketWaiting("AB-1234", "Akta Kelahiran dan Kartu Identitas Anak", 0, TimeSpan.Zero), replies.CodeMistyped("K7M2-9QXD-3" + new string('Z', 300))])
        {
            Assert.True(Gsm7.Fits(reply), reply);
            Assert.True(Gsm7.SeptetCount(reply) <= ReplyFieldLimits.SegmentLength, $"{Gsm7.SeptetCount(reply)}: {reply}");
        }
    }
}
