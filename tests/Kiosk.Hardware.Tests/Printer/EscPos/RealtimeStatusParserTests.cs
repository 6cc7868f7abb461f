using Kiosk.Core.Printing;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.EscPos;

namespace Kiosk.Hardware.Tests.Printer.EscPos;

public class RealtimeStatusParserTests
{
    private const byte Idle = 0x12; // bits 1 and 4 are always set

    [Fact]
    public void All_idle_bytes_mean_online() =>
        Assert.Equal(new PrinterStatus(PrinterCondition.Online, false), RealtimeStatusParser.Parse(Idle, Idle, Idle, Idle));

    [Fact]
    public void Paper_end_stop_means_paper_out() =>
        Assert.Equal(new PrinterStatus(PrinterCondition.PaperOut, true), RealtimeStatusParser.Parse(0x1A, 0x32, Idle, 0x7E));

    [Fact]
    public void Cover_open_wins_over_paper_out() =>
        Assert.Equal(PrinterCondition.CoverOpen, RealtimeStatusParser.Parse(0x1A, 0x36, Idle, 0x72).Condition);

    [Fact]
    public void Near_end_alone_keeps_the_printer_online_with_a_warning() =>
        Assert.Equal(new PrinterStatus(PrinterCondition.Online, true), RealtimeStatusParser.Parse(Idle, Idle, Idle, 0x1E));

    [Fact]
    public void Autocutter_error_means_error() =>
        Assert.Equal(PrinterCondition.Error, RealtimeStatusParser.Parse(0x1A, 0x52, 0x1A, Idle).Condition);

    [Fact]
    public void Offline_without_a_cause_means_offline() =>
        Assert.Equal(PrinterCondition.Offline, RealtimeStatusParser.Parse(0x1A, Idle, Idle, Idle).Condition);

    [Theory]
    [InlineData(0x00)]
    [InlineData(0xFF)]
    [InlineData(0x13)]
    public void A_byte_without_the_fixed_bits_is_an_invalid_reply(byte garbage)
    {
        var ex = Assert.Throws<PrinterException>(() => RealtimeStatusParser.Parse(Idle, Idle, garbage, Idle));
        Assert.Equal(PrinterError.InvalidStatusReply, ex.Error);
        Assert.Contains("DLE EOT 3", ex.Message, StringComparison.Ordinal);
    }
}
