using System.Text;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.EscPos;
using Kiosk.Hardware.Printer.Layouts;

namespace Kiosk.Hardware.Tests.Printer.Layouts;

public class LayoutContentTests
{
    private static readonly byte[] Cut = EscPosCommands.PartialCut();

    private static string Text(byte[] job) => Encoding.Latin1.GetString(job);

    [Theory]
    [InlineData(PaperWidth.Mm58)]
    [InlineData(PaperWidth.Mm80)]
    public void Every_layout_starts_with_initialise_and_ends_with_feed_and_cut(PaperWidth width)
    {
        foreach (var job in new[]
        {
            QueueTicketLayout.Render(SampleInputs.Ticket(), width),
            ComplaintReceiptLayout.Render(SampleInputs.Complaint(), width),
            TestPageLayout.Render(SampleInputs.TestPage(), width),
        })
        {
            Assert.Equal(EscPosCommands.Initialize(), job[..2]);
            Assert.Equal([.. EscPosCommands.FeedLines(3), .. Cut], job[^7..]);
        }
    }

    [Fact]
    public void Ticket_date_is_in_indonesian_with_the_zone_on_one_80mm_line() =>
        Assert.Contains("Senin, 23 November 2026  09.05 WIB\n", Text(QueueTicketLayout.Render(SampleInputs.Ticket(), PaperWidth.Mm80)), StringComparison.Ordinal);

    [Fact]
    public void Ticket_date_splits_over_two_58mm_lines_because_it_is_longer_than_32_columns() =>
        Assert.Contains("Senin, 23 November 2026\n09.05 WIB\n", Text(QueueTicketLayout.Render(SampleInputs.Ticket(), PaperWidth.Mm58)), StringComparison.Ordinal);

    [Theory]
    [InlineData(IndonesianTimeZone.Wita, 8, "Selasa, 1 Desember 2026  13.30 WITA")]
    [InlineData(IndonesianTimeZone.Wit, 9, "Selasa, 1 Desember 2026  13.30 WIT")]
    public void Ticket_time_is_the_offices_local_time_with_its_zone(IndonesianTimeZone zone, int offset, string expected)
    {
        var ticket = SampleInputs.Ticket() with { IssuedAtLocal = new DateTimeOffset(2026, 12, 1, 13, 30, 0, TimeSpan.FromHours(offset)), Zone = zone };
        Assert.Contains(expected, Text(QueueTicketLayout.Render(ticket, PaperWidth.Mm80)), StringComparison.Ordinal);
    }

    [Fact]
    public void Ticket_number_is_printed_at_quadruple_size()
    {
        var job = QueueTicketLayout.Render(SampleInputs.Ticket(), PaperWidth.Mm58);
        byte[] expected = [.. EscPosCommands.CharacterSize(4, 4), .. "A-017\n"u8];
        Assert.True(job.AsSpan().IndexOf(expected) >= 0);
    }

    [Fact]
    public void A_ticket_code_too_long_for_quadruple_size_is_printed_smaller_on_one_line()
    {
        var job = QueueTicketLayout.Render(SampleInputs.Ticket() with { TicketCode = "PKH-1234" }, PaperWidth.Mm58);
        byte[] expected = [.. EscPosCommands.CharacterSize(4, 4), .. "PKH-1234\n"u8];
        Assert.True(job.AsSpan().IndexOf(expected) >= 0);
        var tooLong = QueueTicketLayout.Render(SampleInputs.Ticket() with { TicketCode = "PKH-12345" }, PaperWidth.Mm58);
        byte[] smaller = [.. EscPosCommands.CharacterSize(3, 3), .. "PKH-12345\n"u8];
        Assert.True(tooLong.AsSpan().IndexOf(smaller) >= 0);
    }

    [Fact]
    public void Ticket_qr_holds_the_ticket_code() =>
        Assert.True(QueueTicketLayout.Render(SampleInputs.Ticket(), PaperWidth.Mm58).AsSpan().IndexOf(EscPosCommands.QrStore("A-017"u8)) >= 0);

    [Fact]
    public void Ticket_tells_how_to_check_by_sms_and_how_many_are_ahead()
    {
        var text = Text(QueueTicketLayout.Render(SampleInputs.Ticket(), PaperWidth.Mm80));
        Assert.Contains("Cek status: SMS CEK A-017 ke 081234567890", text, StringComparison.Ordinal);
        Assert.Contains("Antrian di depan Anda: 3", text, StringComparison.Ordinal);
        Assert.Contains("Perkiraan tunggu: 15 menit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Priority_and_reprint_marks_appear_only_when_asked()
    {
        var plain = Text(QueueTicketLayout.Render(SampleInputs.Ticket(), PaperWidth.Mm58));
        Assert.DoesNotContain("PRIORITAS", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("CETAK ULANG", plain, StringComparison.Ordinal);
        var marked = Text(QueueTicketLayout.Render(SampleInputs.Ticket(priority: true, reprint: true), PaperWidth.Mm58));
        Assert.Contains("PRIORITAS", marked, StringComparison.Ordinal);
        Assert.Contains("CETAK ULANG", marked, StringComparison.Ordinal);
    }

    [Fact]
    public void Complaint_receipt_input_has_no_place_for_personal_data()
    {
        var names = typeof(ComplaintReceiptPrint).GetProperties().Select(p => p.Name).ToList();
        Assert.DoesNotContain(names, n => n.Contains("Nik", StringComparison.OrdinalIgnoreCase)
            || n.Contains("Name", StringComparison.OrdinalIgnoreCase) && n != nameof(ComplaintReceiptPrint.OfficeName)
            || n.Contains("Phone", StringComparison.OrdinalIgnoreCase)
            || n.Contains("Description", StringComparison.OrdinalIgnoreCase)
            || n.Contains("Text", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Complaint_receipt_carries_the_tracking_code_its_qr_and_the_sms_hint()
    {
        var job = ComplaintReceiptLayout.Render(SampleInputs.Complaint(), PaperWidth.Mm58);
        Assert.True(job.AsSpan().IndexOf(EscPosCommands.QrStore("K7M2-9QXD-3"u8)) >= 0);
        var text = Text(job);
        Assert.Contains("Cek status: SMS CEK K7M2-9QXD-3\nke 081234567890", text, StringComparison.Ordinal);
        Assert.Contains("Sragen Wetan", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_text_line_is_wider_than_the_paper()
    {
        var ticket = SampleInputs.Ticket() with { OfficeName = "Kantor Kecamatan Dengan Nama Yang Sangat Panjang Sekali Sampai Tiga Baris" };
        var text = Text(QueueTicketLayout.Render(ticket, PaperWidth.Mm58));
        Assert.Contains("Kantor Kecamatan Dengan Nama\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_ticket_code_is_rejected_with_its_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => QueueTicketLayout.Render(SampleInputs.Ticket() with { TicketCode = " " }, PaperWidth.Mm58));
        Assert.Equal("TicketCode", ex.ParamName);
    }

    [Fact]
    public void Negative_people_ahead_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueTicketLayout.Render(SampleInputs.Ticket() with { PeopleAhead = -1 }, PaperWidth.Mm58));
}
