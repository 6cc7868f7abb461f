using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Admin;
using Kiosk.Host.Composition;
using Kiosk.Host.Gpio;
using Kiosk.Host.Sms;
using Kiosk.Host.Sync;
using Kiosk.Host.Ui;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Tests.Composition;

public class KioskValidationTests
{
    private static IConfiguration Embedded(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();

    private static List<string> Problems(params (string Key, string? Value)[] settings) =>
        [.. KioskValidation.Validate(Embedded(settings)).Select(p => p.ToString())];

    [Fact]
    public void The_embedded_defaults_pass_every_validator()
    {
        Assert.Empty(Problems());
    }

    [Theory]
    [InlineData("Kiosk:DataDirectory", " ", "Kiosk:DataDirectory: is required")]
    [InlineData("Kiosk:Office:TimeZone", "Europe/Paris", "Kiosk:Office:TimeZone: 'Europe/Paris' is not one of")]
    [InlineData("Kiosk:Printer:Transport", "laser", "Kiosk:Printer:Transport: 'laser' is not one of Virtual, Usb, Serial, Tcp")]
    [InlineData("Kiosk:Printer:Virtual:Condition", "melted", "Kiosk:Printer:Virtual:Condition: 'melted' is not one of online")]
    [InlineData("Kiosk:Upstream:Url", "ftp://sync.example.id", "Kiosk:Upstream:Url: must be an absolute http:// or https:// URL")]
    [InlineData("Kiosk:Modem:Transport", "bluetooth", "Kiosk:Modem:Transport: 'bluetooth' is not one of simulated, serial, none")]
    [InlineData("Kiosk:Modem:BaudRate", "12345", "Kiosk:Modem:BaudRate: 12345 is not a standard rate")]
    [InlineData("Kiosk:Modem:BalanceUssd", "888", "Kiosk:Modem:BalanceUssd: '888' is not a USSD code such as *888#")]
    [InlineData("Kiosk:Sms:RepliesPerNumberPerHour", "0", "Kiosk:Sms:RepliesPerNumberPerHour: 0 is not between 1 and 1000")]
    [InlineData("Kiosk:Gpio:Shutdown:BelowCellVolts", "5", "Kiosk:Gpio:Shutdown:BelowCellVolts: must be 2.5 to 4.2 V per cell")]
    [InlineData("Kiosk:Staff:Urls", "http://0.0.0.0", "Kiosk:Staff:Urls: 'http://0.0.0.0' needs an explicit port")]
    [InlineData("Kiosk:Staff:Urls", "https://0.0.0.0:8443", "Kiosk:Staff:CertificatePath: is required for https://0.0.0.0:8443")]
    [InlineData("Kiosk:Staff:RequestsPerMinute", "1", "Kiosk:Staff:RequestsPerMinute: must be between 10 and 100000")]
    [InlineData("Kiosk:Ui:DefaultLanguage", "fr", "Kiosk:Ui:DefaultLanguage: must be one of")]
    [InlineData("Kiosk:Admin:Socket", "", "Kiosk:Admin:Socket: is empty")]
    [InlineData("Kiosk:Power:PoweroffCommand", " ", "Kiosk:Power:PoweroffCommand: is empty")]
    public void A_bad_value_in_any_section_is_named_by_its_key(string key, string value, string expected)
    {
        var problems = Problems((key, value));

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kiosk:Modem:Port", "Kiosk:Modem:Device")]
    [InlineData("Kiosk:Printer:Hots", "Kiosk:Printer:Host")]
    [InlineData("Kiosk:Office:Services:1:Cod", "Kiosk:Office:Services:1:Code")]
    [InlineData("Kiosk:Gpio:Ina219:Adress", "Kiosk:Gpio:Ina219:Address")]
    [InlineData("Kiosk:Upstream:Tokn", "Kiosk:Upstream:Token")]
    [InlineData("Kiosk:DataDir", "Kiosk:DataDirectory")]
    public void An_unknown_key_is_refused_naming_the_nearest_known_key(string key, string nearest)
    {
        var problems = Problems((key, "x"));

        Assert.Contains($"{key}: unknown setting; did you mean {nearest}?", problems);
    }

    [Fact]
    public void Keys_read_outside_the_options_classes_list_entries_and_any_casing_are_known()
    {
        var problems = Problems(
            ("Kiosk:Printer:Virtual:Condition", "paper_out"),
            ("Kiosk:Power:PoweroffCommand", "/sbin/poweroff"),
            ("Kiosk:Office:Villages:8", "Desa Baru"),
            ("kiosk:modem:sweepinterval", "00:10:00"),
            ("Kiosk:Gpio:ModemPowerKey:AssertLevel", "Low"),
            ("Kiosk:Upstream:RunInBackground", "false"));

        Assert.Empty(problems);
    }

    [Fact]
    public void A_counter_panel_is_read_from_the_configuration_and_checked_like_any_gpio_setting()
    {
        Assert.Empty(Problems(
            ("Kiosk:Gpio:CounterPanels:0:Counter", "Loket 1"),
            ("Kiosk:Gpio:CounterPanels:0:NextButtonPin", "5"),
            ("Kiosk:Gpio:CounterPanels:0:DisplayClockPin", "20"),
            ("Kiosk:Gpio:CounterPanels:0:DisplayDataPin", "21"),
            ("Kiosk:Voice:Speed", "150")));

        Assert.Contains(
            "Kiosk:Gpio:CounterPanels:0:NextButonPin: unknown setting; did you mean Kiosk:Gpio:CounterPanels:0:NextButtonPin?",
            Problems(("Kiosk:Gpio:CounterPanels:0:Counter", "Loket 1"), ("Kiosk:Gpio:CounterPanels:0:NextButonPin", "5")));
    }

    [Theory]
    [InlineData("Kiosk:Modem:BaudRate", "abc", "Kiosk:Modem:BaudRate: 'abc' is not a whole number")]
    [InlineData("Kiosk:Gpio:Shutdown:AfterOnBattery", "soon", "Kiosk:Gpio:Shutdown:AfterOnBattery: 'soon' is not a duration such as 00:05:00")]
    [InlineData("Kiosk:Gpio:Rtc:Expected", "maybe", "Kiosk:Gpio:Rtc:Expected: 'maybe' is not true or false")]
    [InlineData("Kiosk:Gpio:Ina219:ShuntOhms", "0,1", "Kiosk:Gpio:Ina219:ShuntOhms: '0,1' is not a number (use a dot for decimals)")]
    [InlineData("Kiosk:Office:Services:0:DefaultMinutes", "ten", "Kiosk:Office:Services:0:DefaultMinutes: 'ten' is not a whole number")]
    public void A_value_that_cannot_be_read_is_named_with_what_was_expected(string key, string value, string expected)
    {
        Assert.Contains(expected, Problems((key, value)));
    }

    [Fact]
    public void The_service_at_start_refuses_every_section_at_once_before_anything_listens()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-validation-" + Guid.NewGuid().ToString("N"));

        var refused = Assert.Throws<StartupConfigurationException>(() => Kiosk.Host.Program.Build(
            [$"--Kiosk:DataDirectory={data}", "--Kiosk:Modem:Transport=serial", "--Kiosk:Modem:Device=ttyUSB2", "--Kiosk:Ui:IdleSeconds=0", "--Kiosk:Gpio:BuzzerPwmChip=0", "--Kiosk:Modem:BaudRate=abc"]));

        Assert.Contains(refused.Problems, p => p.StartsWith("Kiosk:Modem:BaudRate: 'abc'", StringComparison.Ordinal));
        Assert.Contains(refused.Problems, p => p.StartsWith("Kiosk:Ui:IdleSeconds: ", StringComparison.Ordinal));
        Assert.Contains(refused.Problems, p => p.StartsWith("Kiosk:Gpio:BuzzerPwmChannel: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(data), "the store was opened although the configuration is refused");
    }

    [Fact]
    public void Every_section_is_bound_with_its_validator_and_validated_on_start()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-validation-" + Guid.NewGuid().ToString("N"));
        var app = Kiosk.Host.Program.Build([$"--Kiosk:DataDirectory={data}", "--Kiosk:Modem:Transport=none"]);
        try
        {
            void Registered<T>()
                where T : class
            {
                Assert.NotEmpty(app.Services.GetServices<IValidateOptions<T>>());
                Assert.Same(app.Services.GetRequiredService<IOptions<T>>().Value, app.Services.GetRequiredService<T>());
            }

            Registered<KioskOptions>();
            Registered<Core.Configuration.OfficeOptions>();
            Registered<PrinterOptions>();
            Registered<UpstreamOptions>();
            Registered<ModemOptions>();
            Registered<SmsOptions>();
            Registered<GpioOptions>();
            Registered<UiOptions>();
            Registered<AdminOptions>();
            Registered<PowerOptions>();
            Registered<Kiosk.Host.Voice.VoiceOptions>();
            Registered<Kiosk.Host.Counters.StaffOptions>();
            Assert.Equal(12, KioskValidation.Sections.Count);
            Assert.Single(app.Services.GetServices<IValidateOptions<UpstreamOptions>>());
        }
        finally
        {
            ((IDisposable)app).Dispose();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
