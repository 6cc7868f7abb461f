using Kiosk.Core.Sms.Commands;

namespace Kiosk.Core.Tests.Sms.Commands;

public class SmsCommandParserTests
{
    public static TheoryData<string, string> StatusChecks => new()
    {
        { "CEK K7M2-9QXD-F", "K7M29QXDF" },
        { "cek k7m29qxdf", "K7M29QXDF" },
        { "Cek K7m2-9qxd-f", "K7M29QXDF" },
        { "CEK#K7M29QXDF", "K7M29QXDF" },
        { "CEK  K7M2  9QXD  F", "K7M29QXDF" },
        { "  cek...K7M2-9QXD-F  ", "K7M29QXDF" },
        { "CEK:K7M2.9QXD.F", "K7M29QXDF" },
        { "CEK,,K7M2--9QXD--F", "K7M29QXDF" },
        { "cek\nK7M2-9QXD-F\n", "K7M29QXDF" },
        { "CEKK7M29QXDF", "K7M29QXDF" },
        { "STATUS K7M2-9QXD-F", "K7M29QXDF" },
        { "Status k7m2 9qxd f", "K7M29QXDF" },
        { "STATUSS K7M29QXDF", "K7M29QXDF" },
        { "STS K7M29QXDF", "K7M29QXDF" },
        { "CK K7M29QXDF", "K7M29QXDF" },
        { "CEEK K7M29QXDF", "K7M29QXDF" },
        { "CHEK K7M29QXDF", "K7M29QXDF" },
        { "CECK K7M29QXDF", "K7M29QXDF" },
        { "CHECK K7M29QXDF", "K7M29QXDF" },
        { "CHCEK K7M29QXDF", "K7M29QXDF" },
        { "STAUTS K7M29QXDF", "K7M29QXDF" },
        { "LACAK K7M29QXDF", "K7M29QXDF" },
        { "CEK KODE K7M2-9QXD-F", "K7M29QXDF" },
        { "cek status K7M2-9QXD-F", "K7M29QXDF" },
        { "Tolong cek kode saya K7M2-9QXD-F terima kasih", "K7M29QXDF" },
        { "CEK <K7M2-9QXD-F>", "K7M29QXDF" },
        { "K7M2-9QXD-F", "K7M29QXDF" },
        { "k7m29qxdf", "K7M29QXDF" },
        { "K7M2 9QXD F", "K7M29QXDF" },
        { " K7M2-9QXD-F. ", "K7M29QXDF" },
        { "K7M2-9QXD-F\u200B", "K7M29QXDF" },
        { "cek k7m2-9qxd-f \U0001F64F", "K7M29QXDF" },
    };

    [Theory]
    [MemberData(nameof(StatusChecks))]
    public void Tracking_codes_are_recognised_in_any_case_and_grouping(string sms, string code)
    {
        var command = SmsCommandParser.Parse(sms);

        Assert.Equal(new SmsCommand.CheckStatus(code, CodeShape.TrackingCode), command);
    }

    /// <summary>10K7-M2Q0-X is a valid code: the check symbol decides that O is 0 and I or l is 1.</summary>
    [Theory]
    [InlineData("CEK lOK7-M2QO-X", "10K7M2Q0X")]
    [InlineData("CEK IOK7-M2QO-X", "10K7M2Q0X")]
    [InlineData("iok7 m2qo x", "10K7M2Q0X")]
    public void Crockford_aliases_are_read_as_the_digits_they_stand_for(string sms, string code) =>
        Assert.Equal(new SmsCommand.CheckStatus(code, CodeShape.TrackingCode), SmsCommandParser.Parse(sms));

    [Theory]
    [InlineData("CEK A017", "A-017")]
    [InlineData("cek a-17", "A-017")]
    [InlineData("CEK A 017", "A-017")]
    [InlineData("Cek nomor antrian B-5", "B-005")]
    [InlineData("A017", "A-017")]
    [InlineData("a-17", "A-017")]
    [InlineData("A 017", "A-017")]
    [InlineData("c9", "C-009")]
    [InlineData("CEKA017", "A-017")]
    public void Ticket_codes_are_normalised_to_letter_hyphen_three_digits(string sms, string code) =>
        Assert.Equal(new SmsCommand.CheckStatus(code, CodeShape.TicketCode), SmsCommandParser.Parse(sms));

    [Theory]
    [InlineData("CEK", "", CodeShape.Missing)]
    [InlineData("cek   ", "", CodeShape.Missing)]
    [InlineData("CEK ???", "", CodeShape.Missing)]
    [InlineData("CEK K7M2-9QXD", "K7M2-9QXD", CodeShape.Unrecognised)]
    [InlineData("CEK K7M2-9QXD-FX", "K7M2-9QXD-FX", CodeShape.Unrecognised)]
    [InlineData("CEK K7M2-9QXD-3", "K7M2-9QXD-3", CodeShape.Unrecognised)]
    [InlineData("cek k7m2 9qxd 3", "k7m2 9qxd 3", CodeShape.Unrecognised)]
    [InlineData("cek 12345", "12345", CodeShape.Unrecognised)]
    [InlineData("CEK123", "123", CodeShape.Unrecognised)]
    [InlineData("CEK UUUUUUUUU", "UUUUUUUUU", CodeShape.Unrecognised)]
    public void A_status_check_without_a_code_shape_says_what_it_got(string sms, string code, CodeShape shape) =>
        Assert.Equal(new SmsCommand.CheckStatus(code, shape), SmsCommandParser.Parse(sms));

    [Fact]
    public void A_status_check_with_a_huge_argument_keeps_a_short_code()
    {
        var command = Assert.IsType<SmsCommand.CheckStatus>(SmsCommandParser.Parse("CEK " + new string('Z', 2000)));

        Assert.Equal(CodeShape.Unrecognised, command.Shape);
        Assert.Equal(CodeShapes.MaxUnrecognisedCodeLength, command.Code.Length);
    }

    public static TheoryData<string, string> Complaints => new()
    {
        { "ADU jalan desa rusak parah", "jalan desa rusak parah" },
        { "adu Jalan Desa Rusak", "Jalan Desa Rusak" },
        { "Adu lampu jalan mati", "lampu jalan mati" },
        { "ADU:jalan rusak", "jalan rusak" },
        { "ADU#bantuan PKH belum cair", "bantuan PKH belum cair" },
        { "ADU  -  jalan rusak  ", "jalan rusak" },
        { "ADUAN bantuan beras tidak sampai", "bantuan beras tidak sampai" },
        { "ADUKAN bantuan beras tidak sampai", "bantuan beras tidak sampai" },
        { "LAPOR got mampet di RT 03", "got mampet di RT 03" },
        { "Lapor: got mampet.", "got mampet." },
        { "LAPORAN got mampet", "got mampet" },
        { "LPR got mampet", "got mampet" },
        { "COMPLAIN got mampet", "got mampet" },
        { "KOMPLAIN got mampet", "got mampet" },
        { "KELUHAN got mampet", "got mampet" },
        { "PENGADUAN got mampet", "got mampet" },
        { "LAPRO got mampet", "got mampet" },
        { "ADUAM got mampet", "got mampet" },
        { "Saya mau lapor got mampet", "got mampet" },
        { "ADU\nJalan rusak\ndi Desa Mojo\n", "Jalan rusak\ndi Desa Mojo" },
        { "ADU", "" },
        { "adu ok", "ok" },
        { "ADU 😡😡😡", "😡😡😡" },
    };

    [Theory]
    [MemberData(nameof(Complaints))]
    public void Complaints_keep_their_text_with_case_and_inner_line_breaks(string sms, string text) =>
        Assert.Equal(new SmsCommand.FileComplaint(text), SmsCommandParser.Parse(sms));

    [Theory]
    [InlineData("ANTRI A", "A")]
    [InlineData("antri a", "A")]
    [InlineData("Antri b.", "B")]
    [InlineData("ANTRI#C", "C")]
    [InlineData("ANTRIA", "A")]
    [InlineData("ANTRIANB", "B")]
    [InlineData("ANTRIAN A", "A")]
    [InlineData("ANTRE A", "A")]
    [InlineData("ANTREAN A", "A")]
    [InlineData("ANTRY A", "A")]
    [InlineData("NOMOR A", "A")]
    [InlineData("ANRTI A", "A")]
    [InlineData("ANTRI LAYANAN D", "D")]
    [InlineData("ANTRI a mohon", "A")]
    [InlineData("ANTRI ktp", "ktp")]
    [InlineData("antri Akta  Kelahiran", "Akta Kelahiran")]
    [InlineData("ANTRI akta-kelahiran", "akta kelahiran")]
    [InlineData("ANTRI", "")]
    public void Queue_requests_keep_the_service_as_given(string sms, string service) =>
        Assert.Equal(new SmsCommand.TakeQueueNumber(service), SmsCommandParser.Parse(sms));

    [Theory]
    [InlineData("BATAL A017", "A-017", true)]
    [InlineData("batal a-17", "A-017", true)]
    [InlineData("BATAL A 017", "A-017", true)]
    [InlineData("BTL A017", "A-017", true)]
    [InlineData("BATALKAN A017", "A-017", true)]
    [InlineData("CANCEL A017", "A-017", true)]
    [InlineData("BATALA017", "A-017", true)]
    [InlineData("BATAL NO ANTRIAN A017", "A-017", true)]
    [InlineData("BATLA A017", "A-017", true)]
    [InlineData("BATAL", "", false)]
    [InlineData("BATAL besok saja", "BESOK", false)]
    public void Cancellations_carry_the_ticket_code_and_whether_it_is_well_formed(string sms, string ticket, bool wellFormed) =>
        Assert.Equal(new SmsCommand.CancelTicket(ticket, wellFormed), SmsCommandParser.Parse(sms));

    [Theory]
    [InlineData("INFO")]
    [InlineData("info")]
    [InlineData("BANTUAN")]
    [InlineData("Bantuan")]
    [InlineData("HELP")]
    [InlineData("TOLONG")]
    [InlineData("Tolong dong")]
    [InlineData("MENU")]
    [InlineData("?")]
    [InlineData("???")]
    [InlineData("INFORMASI")]
    [InlineData("INFROMASI")]
    [InlineData("INOF")]
    public void Help_keywords_and_question_marks_ask_for_help(string sms) =>
        Assert.IsType<SmsCommand.Help>(SmsCommandParser.Parse(sms));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\t")]
    [InlineData("#.:-,")]
    [InlineData("\u200B")]
    public void Blank_messages_are_empty(string sms) =>
        Assert.IsType<SmsCommand.Empty>(SmsCommandParser.Parse(sms));

    /// <summary>Ordinary first words one typo away from a keyword must not trigger a command.</summary>
    [Theory]
    [InlineData("Lapar pak belum makan")]
    [InlineData("Anti korupsi")]
    [InlineData("Anter surat ke kantor")]
    [InlineData("Mantri desa tidak datang")]
    [InlineData("Batas waktu kapan")]
    [InlineData("Batam")]
    [InlineData("Bantal")]
    [InlineData("Bakal datang besok")]
    [InlineData("Helm saya hilang")]
    [InlineData("Selamat pagi")]
    [InlineData("Terima kasih")]
    [InlineData("Saya mau tanya bantuan PKH")]
    [InlineData("Assalamualaikum")]
    [InlineData("Halo")]
    [InlineData("ok")]
    [InlineData("Ya")]
    [InlineData("Kapan cair")]
    [InlineData("Adik saya sakit")]
    [InlineData("Cekatan sekali")]
    [InlineData("Status")]
    public void Ordinary_words_are_not_taken_for_commands(string sms)
    {
        var command = SmsCommandParser.Parse(sms);

        Assert.True(
            command is SmsCommand.Unrecognised or SmsCommand.Help
                || command is SmsCommand.CheckStatus { Shape: CodeShape.Missing or CodeShape.Unrecognised },
            $"'{sms}' became {command}");
        Assert.False(command is SmsCommand.FileComplaint or SmsCommand.TakeQueueNumber or SmsCommand.CancelTicket, $"'{sms}' became {command}");
    }

    [Theory]
    [InlineData("Selamat pagi")]
    [InlineData("Lapar pak belum makan")]
    [InlineData("Mantri desa tidak datang")]
    [InlineData("Saya mau tanya bantuan PKH")]
    [InlineData("😀😀😀")]
    [InlineData("12345")]
    [InlineData("Pak, jalan di desa kami rusak.")]
    public void Unrecognised_messages_keep_their_trimmed_text(string sms) =>
        Assert.Equal(new SmsCommand.Unrecognised(sms), SmsCommandParser.Parse("  " + sms + "  "));

    [Fact]
    public void A_nine_letter_word_is_read_as_a_code_only_when_its_check_symbol_holds()
    {
        Assert.Equal(new SmsCommand.CheckStatus("KECAMATAH", CodeShape.TrackingCode), SmsCommandParser.Parse("Kecamatah"));
        Assert.Equal(new SmsCommand.Unrecognised("Kecamatan"), SmsCommandParser.Parse("Kecamatan"));
    }

    [Fact]
    public void A_keyword_and_a_ticket_that_compact_to_nine_symbols_stay_a_command() =>
        Assert.Equal(new SmsCommand.CancelTicket("A-017", true), SmsCommandParser.Parse("BATAL A017"));

    [Fact]
    public void A_two_thousand_character_message_is_unrecognised_without_loss() =>
        Assert.Equal(new SmsCommand.Unrecognised(new string('x', 2000)), SmsCommandParser.Parse(new string('x', 2000)));

    [Fact]
    public void A_two_thousand_character_complaint_is_kept_whole_for_the_handler_to_judge()
    {
        var text = string.Concat(Enumerable.Repeat("jalan rusak ", 170)).Trim();

        var command = Assert.IsType<SmsCommand.FileComplaint>(SmsCommandParser.Parse("ADU " + text));

        Assert.Equal(text, command.Text);
    }

    [Fact]
    public void Null_text_is_a_programming_error() =>
        Assert.Throws<ArgumentNullException>(() => SmsCommandParser.Parse(null!));
}
