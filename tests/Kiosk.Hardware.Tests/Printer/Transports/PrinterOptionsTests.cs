using Kiosk.Hardware.Printer;

namespace Kiosk.Hardware.Tests.Printer.Transports;

public class PrinterOptionsTests
{
    [Fact]
    public void The_defaults_are_a_valid_virtual_58mm_printer()
    {
        var options = new PrinterOptions();
        options.Validate();
        Assert.Equal(PrinterTransportKind.Virtual, options.Transport);
        Assert.Equal(PaperWidth.Mm58, options.PaperWidth);
    }

    public static TheoryData<PrinterOptions, string, string> BadOptions => new()
    {
        { new PrinterOptions { Transport = PrinterTransportKind.Usb }, "Kiosk:Printer:Device", "required" },
        { new PrinterOptions { Transport = PrinterTransportKind.Serial, Device = "ttyUSB0" }, "Kiosk:Printer:Device", "absolute" },
        { new PrinterOptions { Transport = PrinterTransportKind.Serial, Device = "/dev/ttyUSB0", BaudRate = 9601 }, "Kiosk:Printer:BaudRate", "9601" },
        { new PrinterOptions { Transport = PrinterTransportKind.Tcp }, "Kiosk:Printer:Host", "required" },
        { new PrinterOptions { Transport = PrinterTransportKind.Tcp, Host = "printer lobby" }, "Kiosk:Printer:Host", "not a host" },
        { new PrinterOptions { Transport = PrinterTransportKind.Tcp, Host = "192.168.1.50", Port = 70000 }, "Kiosk:Printer:Port", "70000" },
        { new PrinterOptions { Transport = PrinterTransportKind.Tcp, Host = "192.168.1.50", ConnectTimeout = TimeSpan.Zero }, "Kiosk:Printer:ConnectTimeout", "between" },
        { new PrinterOptions { Transport = (PrinterTransportKind)9 }, "Kiosk:Printer:Transport", "not one of" },
        { new PrinterOptions { PaperWidth = (PaperWidth)58 }, "Kiosk:Printer:PaperWidth", "Mm58" },
        { new PrinterOptions { CodePage = (PrinterCodePage)99 }, "Kiosk:Printer:CodePage", "Pc437" },
        { new PrinterOptions { SmsNumber = "0812-ABC" }, "Kiosk:Printer:SmsNumber", "digits" },
        { new PrinterOptions { StatusTimeout = TimeSpan.FromMinutes(5) }, "Kiosk:Printer:StatusTimeout", "between" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_value_names_its_key_and_the_reason(PrinterOptions options, string key, string reasonPart)
    {
        var ex = Assert.Throws<PrinterConfigurationException>(options.Validate);
        Assert.Equal(key, ex.Key);
        Assert.Contains(reasonPart, ex.Reason, StringComparison.Ordinal);
        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_tcp_section_is_valid() =>
        new PrinterOptions { Transport = PrinterTransportKind.Tcp, Host = "printer.local", Port = 9100, SmsNumber = "+6281234567890" }.Validate();
}
