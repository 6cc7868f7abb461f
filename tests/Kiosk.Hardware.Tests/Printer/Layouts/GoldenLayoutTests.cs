using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Layouts;

namespace Kiosk.Hardware.Tests.Printer.Layouts;

public class GoldenLayoutTests
{
    [Theory]
    [InlineData(PaperWidth.Mm58)]
    [InlineData(PaperWidth.Mm80)]
    public void Golden_queue_ticket_bytes_are_unchanged(PaperWidth width) =>
        GoldenFile.AssertMatches($"queue-ticket-{Suffix(width)}.bin", QueueTicketLayout.Render(SampleInputs.Ticket(priority: true), width));

    [Theory]
    [InlineData(PaperWidth.Mm58)]
    [InlineData(PaperWidth.Mm80)]
    public void Golden_reprinted_queue_ticket_bytes_are_unchanged(PaperWidth width) =>
        GoldenFile.AssertMatches($"queue-ticket-reprint-{Suffix(width)}.bin", QueueTicketLayout.Render(SampleInputs.Ticket(reprint: true), width));

    [Theory]
    [InlineData(PaperWidth.Mm58)]
    [InlineData(PaperWidth.Mm80)]
    public void Golden_complaint_receipt_bytes_are_unchanged(PaperWidth width) =>
        GoldenFile.AssertMatches($"complaint-receipt-{Suffix(width)}.bin", ComplaintReceiptLayout.Render(SampleInputs.Complaint(), width));

    [Theory]
    [InlineData(PaperWidth.Mm58)]
    [InlineData(PaperWidth.Mm80)]
    public void Golden_test_page_bytes_are_unchanged(PaperWidth width) =>
        GoldenFile.AssertMatches($"test-page-{Suffix(width)}.bin", TestPageLayout.Render(SampleInputs.TestPage(), width, PrinterCodePage.Pc858));

    internal static string Suffix(PaperWidth width) => width == PaperWidth.Mm58 ? "58mm" : "80mm";
}
