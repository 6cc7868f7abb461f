using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Kiosk.Hardware.Printer;

/// <summary>
/// The <c>Kiosk:Printer</c> configuration section. The host binds it and calls <see cref="Validate"/>
/// at start; a bad value stops the service with the key and the reason.
/// </summary>
public sealed partial class PrinterOptions
{
    public const string SectionName = "Kiosk:Printer";

    private static readonly int[] StandardBaudRates = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400];

    public PrinterTransportKind Transport { get; set; } = PrinterTransportKind.Virtual;

    /// <summary>Device file for usb (/dev/usb/lp0) and serial (/dev/ttyUSB0, /dev/serial0).</summary>
    public string? Device { get; set; }

    /// <summary>Serial speed; most thermal printers ship at 9600 or 19200.</summary>
    public int BaudRate { get; set; } = 9600;

    /// <summary>Host name or address of a tcp printer.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 9100;

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for each DLE EOT reply.</summary>
    public TimeSpan StatusTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the printer's state is read and waiting jobs retried.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    public PaperWidth PaperWidth { get; set; } = PaperWidth.Mm58;

    public PrinterCodePage CodePage { get; set; } = PrinterCodePage.Pc437;

    /// <summary>The kiosk's own SMS number printed on tickets ("SMS CEK A-017 ke ...").</summary>
    public string? SmsNumber { get; set; }

    /// <summary>Throws <see cref="PrinterConfigurationException"/> naming the first bad key.</summary>
    public void Validate()
    {
        Check(Enum.IsDefined(Transport), nameof(Transport), $"'{Transport}' is not one of virtual, usb, serial, tcp");
        Check(Enum.IsDefined(PaperWidth), nameof(PaperWidth), $"'{PaperWidth}' is not one of Mm58, Mm80");
        Check(Enum.IsDefined(CodePage), nameof(CodePage), $"'{CodePage}' is not one of {string.Join(", ", Enum.GetNames<PrinterCodePage>())}");
        Check(StatusTimeout > TimeSpan.Zero && StatusTimeout <= TimeSpan.FromSeconds(30), nameof(StatusTimeout), "must be between 0 and 30 seconds");
        Check(PollInterval >= TimeSpan.FromSeconds(1) && PollInterval <= TimeSpan.FromMinutes(10), nameof(PollInterval), "must be between 1 second and 10 minutes");
        Check(SmsNumber is null || SmsNumberPattern().IsMatch(SmsNumber), nameof(SmsNumber), "must be 8 to 15 digits, optionally starting with +");

        switch (Transport)
        {
            case PrinterTransportKind.Usb or PrinterTransportKind.Serial:
                Check(!string.IsNullOrWhiteSpace(Device), nameof(Device), $"is required for the {Transport.ToString().ToLowerInvariant()} transport (e.g. /dev/usb/lp0 or /dev/ttyUSB0)");
                Check(Path.IsPathFullyQualified(Device!), nameof(Device), $"'{Device}' must be an absolute device path");
                if (Transport == PrinterTransportKind.Serial)
                {
                    Check(StandardBaudRates.Contains(BaudRate), nameof(BaudRate), string.Create(CultureInfo.InvariantCulture, $"{BaudRate} is not a standard rate ({string.Join(", ", StandardBaudRates)})"));
                }

                break;
            case PrinterTransportKind.Tcp:
                Check(!string.IsNullOrWhiteSpace(Host), nameof(Host), "is required for the tcp transport");
                Check(Uri.CheckHostName(Host) != UriHostNameType.Unknown || IPAddress.TryParse(Host, out _), nameof(Host), $"'{Host}' is not a host name or address");
                Check(Port is > 0 and <= 65535, nameof(Port), string.Create(CultureInfo.InvariantCulture, $"{Port} is not a TCP port (1-65535)"));
                Check(ConnectTimeout > TimeSpan.Zero && ConnectTimeout <= TimeSpan.FromMinutes(1), nameof(ConnectTimeout), "must be between 0 and 60 seconds");
                break;
        }
    }

    private static void Check(bool ok, string property, string reason)
    {
        if (!ok)
        {
            throw PrinterException.InvalidConfiguration($"{SectionName}:{property}", reason);
        }
    }

    [GeneratedRegex(@"^\+?[0-9]{8,15}$")]
    private static partial Regex SmsNumberPattern();
}
