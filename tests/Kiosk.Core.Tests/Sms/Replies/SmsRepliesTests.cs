using Kiosk.Core.Sms.Encoding;
using Kiosk.Core.Sms.Replies;

namespace Kiosk.Core.Tests.Sms.Replies;

public class SmsRepliesTests
{
    private static readonly TimeZoneInfo Wit = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jayapura");

    // 05.05 UTC is 14.05 WIT.
    private static readonly DateTimeOffset Changed = new(2026, 11, 23, 5, 5, 0, TimeSpan.Zero);

    private static SmsReplies Indonesian(TimeZoneInfo? zone = null, string office = "Kec. Sukamaju") =>
        new(Language.Id, zone ?? Wit, office);

    [Fact]
    public void A_status_reply_gives_code_in_groups_status_date_and_zone() =>
        Assert.Equal(
            "Aduan K7M2-9QXD-3: DIPROSES sejak 23/11/2026 14.05 WIT.",
            Indonesian().ComplaintStatus("K7M29QXD3", ComplaintStatusName.InProgress, Changed));

    [Theory]
    [InlineData(ComplaintStatusName.Received, "DITERIMA")]
    [InlineData(ComplaintStatusName.Forwarded, "TERKIRIM")]
    [InlineData(ComplaintStatusName.Verified, "DIVERIFIKASI")]
    [InlineData(ComplaintStatusName.InProgress, "DIPROSES")]
    [InlineData(ComplaintStatusName.Done, "SELESAI")]
    [InlineData(ComplaintStatusName.Rejected, "DITOLAK")]
    public void Statuses_are_named_in_Indonesian(ComplaintStatusName status, string name)
    {
        Assert.Equal(name, Indonesian().StatusName(status));
        Assert.Contains($": {name} sejak", Indonesian().ComplaintStatus("K7M29QXD3", status, Changed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Asia/Jakarta", "23/11/2026 12.05 WIB")]
    [InlineData("Asia/Makassar", "23/11/2026 13.05 WITA")]
    [InlineData("Asia/Jayapura", "23/11/2026 14.05 WIT")]
    [InlineData("Asia/Pontianak", "23/11/2026 12.05 WIB")]
    [InlineData("Europe/Amsterdam", "23/11/2026 06.05 UTC+01:00")]
    public void Times_are_shown_in_the_office_zone_with_its_Indonesian_name(string zone, string expected) =>
        Assert.Contains(expected, Indonesian(TimeZoneInfo.FindSystemTimeZoneById(zone)).ComplaintStatus("K7M29QXD3", ComplaintStatusName.Done, Changed), StringComparison.Ordinal);

    [Fact]
    public void A_public_note_follows_the_status() =>
        Assert.Equal(
            "Aduan K7M2-9QXD-3: SELESAI sejak 23/11/2026 14.05 WIT. Ket: Jalan sudah diperbaiki.",
            Indonesian().ComplaintStatus("K7M29QXD3", ComplaintStatusName.Done, Changed, "Jalan sudah diperbaiki."));

    [Fact]
    public void A_note_carrying_a_NIK_or_a_phone_number_has_them_masked()
    {
        var reply = Indonesian().ComplaintStatus(
            "K7M29QXD3", ComplaintStatusName.Rejected, Changed, "Data NIK 3314011203800001 tidak cocok, hubungi 0812-3456-7890 atau +62 812 3456 7890.");

        Assert.DoesNotContain("3314011203800001", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("3456", reply, StringComparison.Ordinal);
        Assert.Contains("Ket: Data NIK *** tidak cocok, hubungi *** atau ***.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_and_amounts_in_a_note_are_not_masked()
    {
        var reply = Indonesian().ComplaintStatus("K7M29QXD3", ComplaintStatusName.Done, Changed, "Cair 01-12-2026, Rp 10.000.000.");

        Assert.EndsWith("Ket: Cair 01-12-2026, Rp 10.000.000.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_reply_has_no_slot_for_personal_data()
    {
        var parameters = typeof(SmsReplies).GetMethod(nameof(SmsReplies.ComplaintStatus))!.GetParameters().Select(parameter => parameter.Name);

        Assert.Equal(["trackingCode", "status", "changedAt", "publicNote"], parameters);
    }

    [Fact]
    public void A_note_too_short_to_be_useful_after_cutting_is_left_out()
    {
        var reply = Indonesian().ComplaintStatus("K7M29QXD3", ComplaintStatusName.Done, Changed, "   \n ");

        Assert.Equal("Aduan K7M2-9QXD-3: SELESAI sejak 23/11/2026 14.05 WIT.", reply);
    }

    [Fact]
    public void Characters_outside_GSM7_in_values_are_transliterated_or_dropped()
    {
        var replies = Indonesian(office: "Kec. S\u00E9ngkang \u201CBaru\u201D");

        var reply = replies.QueueTicketTaken("A-017", "KTP \u2013 Baru \U0001F600 [cepat]", 2, TimeSpan.FromMinutes(10));

        Assert.Equal(
            "Antrian A-017 (KTP - Baru (cepat)), Kec. Sengkang \"Baru\". Di depan: 2 orang, sekitar 10 menit. SMS akan dikirim saat 3 orang lagi.",
            reply);
        Assert.True(Gsm7.Fits(reply));
    }

    [Fact]
    public void Help_lists_every_command_with_an_example()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var help = new SmsReplies(language, Wit, "Kec. Sukamaju").Help();

            Assert.Contains("CEK K7M2-9QXD-3", help, StringComparison.Ordinal);
            Assert.Contains("ADU ", help, StringComparison.Ordinal);
            Assert.Contains("ANTRI A", help, StringComparison.Ordinal);
            Assert.Contains("BATAL A-017", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_mistyped_code_is_quoted_as_typed_and_called_mistyped()
    {
        Assert.Equal(
            "Kode k7m2 9qxd 4 salah ketik, periksa lagi. Kode aduan ada di struk, 9 huruf/angka, cth CEK K7M2-9QXD-3.",
            Indonesian().CodeMistyped("k7m2 9qxd 4"));
        Assert.StartsWith("Kode K7M2-9QXD-FFFF.. salah ketik", Indonesian().CodeMistyped("K7M2-9QXD-" + new string('F', 300)), StringComparison.Ordinal);
        Assert.StartsWith("Kode - salah ketik", Indonesian().CodeMistyped("\U0001F600"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_not_found_says_so() =>
        Assert.StartsWith("Kode K7M2-9QXD-3 tidak ditemukan", Indonesian().CodeNotFound("K7M29QXD3"), StringComparison.Ordinal);

    [Fact]
    public void A_received_complaint_gives_the_code_and_how_to_check_it() =>
        Assert.Equal(
            "Aduan Anda diterima. Kode lacak: K7M2-9QXD-3. Simpan kode ini. Cek status: kirim CEK K7M2-9QXD-3 ke nomor ini.",
            Indonesian().ComplaintReceived("K7M29QXD3"));

    [Fact]
    public void Complaint_length_replies_give_the_limit()
    {
        Assert.Contains("minimal 10 huruf", Indonesian().ComplaintTooShort(10), StringComparison.Ordinal);
        Assert.Contains("maks 500 huruf", Indonesian().ComplaintTooLong(500), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 menit")]
    [InlineData(44.2, "45 menit")]
    [InlineData(125, "2 jam 5 menit")]
    [InlineData(700, "lebih dari 10 jam")]
    public void Waits_are_rounded_up_to_minutes_and_shown_in_hours_past_an_hour(double minutes, string shown) =>
        Assert.Contains($"sekitar {shown}.", Indonesian().TicketWaiting("A-017", "KTP", 4, TimeSpan.FromMinutes(minutes)), StringComparison.Ordinal);

    [Fact]
    public void A_remote_ticket_reply_says_when_the_next_SMS_comes() =>
        Assert.Equal(
            "Antrian B-005 (Kartu Keluarga), Kec. Sukamaju. Di depan: 12 orang, sekitar 45 menit. SMS akan dikirim saat 3 orang lagi.",
            Indonesian().QueueTicketTaken("B-005", "Kartu Keluarga", 12, TimeSpan.FromMinutes(45)));

    [Fact]
    public void The_turn_near_notification_names_the_office() =>
        Assert.Equal(
            "Antrian B-005 (Kartu Keluarga): tinggal 3 orang lagi sebelum giliran Anda. Segera datang ke Kec. Sukamaju.",
            Indonesian().TurnNear("B-005", "Kartu Keluarga", 3));

    [Fact]
    public void An_unknown_service_lists_letters_with_names_when_they_fit()
    {
        ServiceChoice[] services = [new('A', "KTP"), new('b', "Kartu Keluarga"), new('C', "Akta Kelahiran")];

        Assert.Equal(
            "Layanan tidak dikenal. Kirim ANTRI lalu huruf layanan: A KTP, B Kartu Keluarga, C Akta Kelahiran. Cth: ANTRI A",
            Indonesian().UnknownService(services));
    }

    [Fact]
    public void An_unknown_service_lists_letters_only_when_names_do_not_fit()
    {
        var services = Enumerable.Range('A', 12).Select(letter => new ServiceChoice((char)letter, "Surat Keterangan Tidak Mampu")).ToList();

        Assert.Equal(
            "Layanan tidak dikenal. Kirim ANTRI lalu huruf layanan: A, B, C, D, E, F, G, H, I, J, K, L. Cth: ANTRI A",
            Indonesian().UnknownService(services));
    }

    [Fact]
    public void An_office_without_SMS_services_says_the_SMS_queue_is_not_available() =>
        Assert.StartsWith("Maaf, antrian lewat SMS belum tersedia", Indonesian().UnknownService([]), StringComparison.Ordinal);

    [Theory]
    [InlineData(CancelRefusal.Malformed, "Tulis no antrian yang dibatalkan, cth BATAL A-017.")]
    [InlineData(CancelRefusal.NotFound, "Antrian A-017 tidak ada hari ini. Periksa nomornya, cth BATAL A-017.")]
    [InlineData(CancelRefusal.NotYourTicket, "Antrian A-017 tidak bisa dibatalkan: tidak diambil dari nomor ini.")]
    [InlineData(CancelRefusal.AlreadyCalled, "Antrian A-017 sudah dipanggil, tidak bisa dibatalkan.")]
    [InlineData(CancelRefusal.AlreadyCancelled, "Antrian A-017 sudah dibatalkan sebelumnya.")]
    public void A_refused_cancellation_says_why(CancelRefusal reason, string reply) =>
        Assert.Equal(reply, Indonesian().CancelRefused("a-017", reason));

    [Fact]
    public void A_cancelled_ticket_is_confirmed() =>
        Assert.Equal("Antrian A-017 sudah dibatalkan. Terima kasih.", Indonesian().TicketCancelled("A-017"));

    [Fact]
    public void The_English_toggle_answers_in_English()
    {
        var replies = new SmsReplies(Language.En, Wit, "Kec. Sukamaju");

        Assert.Equal(Language.En, replies.Language);
        Assert.Equal(
            "Complaint K7M2-9QXD-3: IN PROGRESS since 23/11/2026 14.05 WIT.",
            replies.ComplaintStatus("K7M29QXD3", ComplaintStatusName.InProgress, Changed));
        Assert.StartsWith("Sorry, today's SMS limit", replies.DailyLimitReached(), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_names_are_cut_at_a_word_boundary() =>
        Assert.Contains(
            "Segera datang ke Kecamatan Sukamakmur..",
            Indonesian(office: "Kecamatan Sukamakmur Jaya Baru").TurnNear("A-017", "KTP", 3),
            StringComparison.Ordinal);

    [Fact]
    public void An_unknown_language_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmsReplies((Language)7, Wit, "Kec. Sukamaju"));
}
