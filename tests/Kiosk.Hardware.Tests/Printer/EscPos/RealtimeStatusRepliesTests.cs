using Kiosk.Core.Printing;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.EscPos;

namespace Kiosk.Hardware.Tests.Printer.EscPos;

public class RealtimeStatusRepliesTests
{
    public static TheoryData<PrinterCondition, bool> States => new()
    {
        { PrinterCondition.Online, false },
        { PrinterCondition.Online, true },
        { PrinterCondition.CoverOpen, false },
        { PrinterCondition.PaperOut, true },
        { PrinterCondition.Offline, false },
        { PrinterCondition.Error, true },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void The_reply_bytes_of_a_state_parse_back_to_that_state(PrinterCondition condition, bool nearEnd)
    {
        var status = new PrinterStatus(condition, nearEnd);
        byte Reply(RealtimeStatusQuery query) => RealtimeStatusReplies.For(status, query);
        var parsed = RealtimeStatusParser.Parse(
            Reply(RealtimeStatusQuery.Printer), Reply(RealtimeStatusQuery.OfflineCause), Reply(RealtimeStatusQuery.ErrorCause), Reply(RealtimeStatusQuery.RollPaperSensor));
        Assert.Equal(status, parsed);
    }

    [Fact]
    public void A_paper_out_printer_answers_the_bytes_of_the_epson_reference() =>
        Assert.Equal(
            new byte[] { 0x1A, 0x32, 0x12, 0x7E },
            new[] { RealtimeStatusQuery.Printer, RealtimeStatusQuery.OfflineCause, RealtimeStatusQuery.ErrorCause, RealtimeStatusQuery.RollPaperSensor }
                .Select(q => RealtimeStatusReplies.For(new PrinterStatus(PrinterCondition.PaperOut, true), q)));
}
