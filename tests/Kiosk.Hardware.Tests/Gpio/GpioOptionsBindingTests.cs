using Kiosk.Hardware.Gpio;
using Microsoft.Extensions.Configuration;

namespace Kiosk.Hardware.Tests.Gpio;

/// <summary>Binds <c>Kiosk:Gpio</c> the way the host does, with the keys docs/hardware.md shows.</summary>
public class GpioOptionsBindingTests
{
    private static GpioOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new GpioOptions();
        configuration.GetSection(GpioOptions.SectionName).Bind(options);
        return options;
    }

    [Fact]
    public void An_absent_section_binds_to_nothing_fitted()
    {
        var options = Bind([]);

        Assert.False(options.AnyGpioPinConfigured);
        Assert.Null(options.Ina219);
        Assert.False(options.Rtc.Expected);
        Assert.Equal(TimeSpan.FromMinutes(10), options.Shutdown.AfterOnBattery);
        Assert.Empty(GpioOptionsValidator.Check(options));
    }

    [Fact]
    public void The_documented_keys_bind_with_enums_by_name_and_times_as_timespans()
    {
        var options = Bind(new()
        {
            ["Kiosk:Gpio:StatusLedPin"] = "17",
            ["Kiosk:Gpio:BuzzerPwmChip"] = "0",
            ["Kiosk:Gpio:BuzzerPwmChannel"] = "0",
            ["Kiosk:Gpio:TicketButtonPin"] = "27",
            ["Kiosk:Gpio:TicketButtonLongPressMs"] = "5000",
            ["Kiosk:Gpio:ModemPowerKeyPin"] = "4",
            ["Kiosk:Gpio:ModemPowerKey:Module"] = "Sim7600",
            ["Kiosk:Gpio:ModemPowerKey:AssertLevel"] = "Low",
            ["Kiosk:Gpio:PowerLossPin"] = "22",
            ["Kiosk:Gpio:PowerLossActiveLevel"] = "High",
            ["Kiosk:Gpio:Ina219:Address"] = "66",
            ["Kiosk:Gpio:Ina219:CellsInSeries"] = "2",
            ["Kiosk:Gpio:Shutdown:AfterOnBattery"] = "00:05:00",
            ["Kiosk:Gpio:Shutdown:BelowCellVolts"] = "3.4",
            ["Kiosk:Gpio:Rtc:Expected"] = "true",
        });

        Assert.Equal(17, options.StatusLedPin);
        Assert.True(options.HasPwmBuzzer);
        Assert.Equal(5000, options.TicketButtonLongPressMs);
        Assert.Equal(30, options.TicketButtonDebounceMs);
        Assert.Equal(ModemModule.Sim7600, options.ModemPowerKey.Module);
        Assert.Equal(LineLevel.Low, options.ModemPowerKey.AssertLevel);
        Assert.Equal(LineLevel.High, options.PowerLossActiveLevel);
        Assert.Equal(0x42, options.Ina219!.Address);
        Assert.Equal(0.1, options.Ina219.ShuntOhms);
        Assert.Equal(2, options.Ina219.CellsInSeries);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Shutdown.AfterOnBattery);
        Assert.Equal(3.4, options.Shutdown.BelowCellVolts);
        Assert.True(options.Rtc.Expected);
        Assert.Empty(GpioOptionsValidator.Check(options));
    }

    [Fact]
    public void A_misspelt_level_fails_at_binding_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(new() { ["Kiosk:Gpio:PowerLossActiveLevel"] = "Hgih" }));

        Assert.Contains("Kiosk:Gpio:PowerLossActiveLevel", error.Message, StringComparison.Ordinal);
    }
}
