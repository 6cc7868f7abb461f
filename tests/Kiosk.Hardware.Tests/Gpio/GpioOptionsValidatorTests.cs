using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.PowerKey;

namespace Kiosk.Hardware.Tests.Gpio;

public class GpioOptionsValidatorTests
{
    [Fact]
    public void Nothing_configured_is_valid_and_needs_no_gpio_controller()
    {
        var options = new GpioOptions();

        Assert.Empty(GpioOptionsValidator.Check(options));
        Assert.False(options.AnyGpioPinConfigured);
        Assert.Null(options.Ina219);
    }

    [Fact]
    public void A_full_board_with_distinct_pins_is_valid()
    {
        var options = new GpioOptions
        {
            StatusLedPin = 17,
            BuzzerPwmChip = 0,
            BuzzerPwmChannel = 0,
            TicketButtonPin = 27,
            ModemPowerKeyPin = 4,
            PowerLossPin = 22,
            Ina219 = new Ina219Options { Address = 0x42 },
            Rtc = new RtcOptions { Expected = true },
        };

        Assert.Empty(GpioOptionsValidator.Check(options));
        Assert.True(options.AnyGpioPinConfigured);
        Assert.True(options.HasPwmBuzzer);
    }

    [Fact]
    public void The_same_pin_used_twice_names_both_keys()
    {
        var failure = Assert.Single(GpioOptionsValidator.Check(new GpioOptions { StatusLedPin = 17, TicketButtonPin = 17 }));

        Assert.StartsWith("Kiosk:Gpio:TicketButtonPin:", failure, StringComparison.Ordinal);
        Assert.Contains("already used by Kiosk:Gpio:StatusLedPin", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(28)]
    [InlineData(40)]
    public void A_pin_off_the_header_is_rejected_with_the_valid_range(int pin)
    {
        var failure = Assert.Single(GpioOptionsValidator.Check(new GpioOptions { BuzzerPin = pin }));

        Assert.StartsWith("Kiosk:Gpio:BuzzerPin:", failure, StringComparison.Ordinal);
        Assert.Contains("use 0 to 27", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x02)]
    [InlineData(0x78)]
    [InlineData(0x100)]
    public void An_ina219_address_outside_the_7_bit_range_is_rejected(int address)
    {
        var failure = Assert.Single(GpioOptionsValidator.Check(new GpioOptions { Ina219 = new Ina219Options { Address = address } }));

        Assert.StartsWith("Kiosk:Gpio:Ina219:Address:", failure, StringComparison.Ordinal);
        Assert.Contains("0x03 to 0x77", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_i2c_line_cannot_be_a_gpio_pin_while_the_ina219_is_fitted()
    {
        var failure = Assert.Single(GpioOptionsValidator.Check(new GpioOptions { StatusLedPin = 2, Ina219 = new Ina219Options() }));

        Assert.StartsWith("Kiosk:Gpio:StatusLedPin:", failure, StringComparison.Ordinal);
        Assert.Contains("I2C", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_buzzer_on_a_pin_and_on_pwm_at_once_is_rejected()
    {
        var failure = Assert.Single(GpioOptionsValidator.Check(new GpioOptions { BuzzerPin = 5, BuzzerPwmChip = 0, BuzzerPwmChannel = 1 }));

        Assert.StartsWith("Kiosk:Gpio:BuzzerPin:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pwm_chip_without_a_channel_names_the_missing_key()
    {
        var failure = Assert.Single(GpioOptionsValidator.Check(new GpioOptions { BuzzerPwmChip = 0 }));

        Assert.StartsWith("Kiosk:Gpio:BuzzerPwmChannel:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_press_no_longer_than_the_debounce_is_rejected()
    {
        var failure = Assert.Single(GpioOptionsValidator.Check(new GpioOptions { TicketButtonPin = 27, TicketButtonDebounceMs = 50, TicketButtonLongPressMs = 50 }));

        Assert.StartsWith("Kiosk:Gpio:TicketButtonLongPressMs:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_off_pulse_long_enough_to_turn_a_sim800_back_on_is_rejected()
    {
        var options = new GpioOptions { ModemPowerKeyPin = 4, ModemPowerKey = new ModemPowerKeyOptions { OffPulseMs = 33_000 } };

        var failure = Assert.Single(GpioOptionsValidator.Check(options));

        Assert.StartsWith("Kiosk:Gpio:ModemPowerKey:OffPulseMs:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shunt_and_current_whose_calibration_overflows_is_rejected()
    {
        // 0.04096 / ((0.001 / 32768) * 0.001) is far above 0xFFFE.
        var options = new GpioOptions { Ina219 = new Ina219Options { ShuntOhms = 0.001, MaxExpectedAmps = 0.001 } };

        var failure = Assert.Single(GpioOptionsValidator.Check(options));

        Assert.StartsWith("Kiosk:Gpio:Ina219:MaxExpectedAmps:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Shutdown_limits_outside_their_ranges_are_each_named()
    {
        var options = new GpioOptions
        {
            Shutdown = new ShutdownOptions { AfterOnBattery = TimeSpan.FromMinutes(-1), BelowCellVolts = 5, PollInterval = TimeSpan.Zero },
        };

        var failures = GpioOptionsValidator.Check(options);

        Assert.Equal(
            ["Kiosk:Gpio:Shutdown:AfterOnBattery", "Kiosk:Gpio:Shutdown:BelowCellVolts", "Kiosk:Gpio:Shutdown:PollInterval"],
            failures.Select(f => f[..f.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public void The_validator_reports_failures_through_the_options_pipeline()
    {
        var result = new GpioOptionsValidator().Validate(null, new GpioOptions { PowerLossPin = 99 });

        Assert.True(result.Failed);
        Assert.Contains("Kiosk:Gpio:PowerLossPin", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ModemModule.Sim800, 1200, 1800, 5000)]
    [InlineData(ModemModule.Sim7600, 600, 3000, 30000)]
    public void Power_key_timings_default_to_the_modules_datasheet(ModemModule module, int onMs, int offMs, int waitMs)
    {
        var timings = ModemPowerKeyTimings.From(new ModemPowerKeyOptions { Module = module });

        Assert.Equal(TimeSpan.FromMilliseconds(onMs), timings.OnPulse);
        Assert.Equal(TimeSpan.FromMilliseconds(offMs), timings.OffPulse);
        Assert.Equal(TimeSpan.FromMilliseconds(waitMs), timings.OffToOnDelay);
    }

    [Fact]
    public void A_configured_power_key_timing_overrides_only_that_timing()
    {
        var timings = ModemPowerKeyTimings.From(new ModemPowerKeyOptions { Module = ModemModule.Sim7600, OffPulseMs = 4000 });

        Assert.Equal(TimeSpan.FromMilliseconds(600), timings.OnPulse);
        Assert.Equal(TimeSpan.FromMilliseconds(4000), timings.OffPulse);
    }
}
