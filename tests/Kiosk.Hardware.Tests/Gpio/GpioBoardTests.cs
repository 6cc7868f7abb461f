using System.Device.Gpio;
using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Led;
using Kiosk.Hardware.Gpio.Ups;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hardware.Tests.Gpio;

public class GpioBoardTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void With_nothing_configured_no_controller_or_device_is_opened()
    {
        using var board = GpioBoard.Create(
            new GpioOptions(),
            () => throw new InvalidOperationException("no controller may be opened"),
            (_, _, _) => throw new InvalidOperationException("no PWM may be opened"),
            _ => throw new InvalidOperationException("no I2C may be opened"),
            _time,
            NullLoggerFactory.Instance);

        Assert.Null(board.StatusLed);
        Assert.Null(board.Buzzer);
        Assert.Null(board.TicketButton);
        Assert.Null(board.ModemPowerKey);
        Assert.Null(board.PowerSensor);
    }

    [Fact]
    public void A_full_board_shares_one_controller_and_configures_the_ina219_for_a_1s_pack()
    {
        var driver = new FakeGpioDriver(_time);
        var pwm = new FakePwmChannel(_time);
        var chip = new Ina219Simulator(0x42);
        chip.SeedMeasurements(shunt: 500, bus: (ushort)(1000 << 3));
        var options = new GpioOptions
        {
            StatusLedPin = 17,
            BuzzerPwmChip = 0,
            BuzzerPwmChannel = 0,
            TicketButtonPin = 27,
            ModemPowerKeyPin = 4,
            PowerLossPin = 22,
            Ina219 = new Ina219Options { Address = 0x42 },
        };
        var controllersOpened = 0;

        var board = GpioBoard.Create(
            options,
            () => { controllersOpened++; return new GpioController(driver); },
            (_, _, _) => pwm,
            ina => new Ina219(chip, Ina219Calibration.ForMaxCurrent(ina.ShuntOhms, ina.MaxExpectedAmps), shouldDispose: true),
            _time,
            NullLoggerFactory.Instance);

        Assert.Equal(1, controllersOpened);
        Assert.Empty(driver.OpenPins);
        Assert.Equal([((byte)0x00, (ushort)0x199F), ((byte)0x05, (ushort)6710)], chip.Writes);

        board.StatusLed!.Show(StatusLedSignal.Ready);
        board.TicketButton!.Start();
        driver.Drive(22, PinValue.High);
        Assert.Equal(new PowerSample(true, 4.0), board.PowerSensor!.Read());
        Assert.Equal([17, 22, 27], driver.OpenPins.Order());
        Assert.NotNull(board.Buzzer);
        Assert.NotNull(board.ModemPowerKey);

        board.Dispose();
        Assert.True(driver.IsDisposed);
        Assert.True(pwm.IsDisposed);
    }

    [Fact]
    public void An_ina219_that_does_not_answer_releases_the_controller_and_names_the_device()
    {
        var driver = new FakeGpioDriver(_time);
        var chip = new Ina219Simulator { Unplugged = true };
        var options = new GpioOptions { StatusLedPin = 17, Ina219 = new Ina219Options() };

        var error = Assert.Throws<GpioDeviceException>(() => GpioBoard.Create(
            options,
            () => new GpioController(driver),
            (_, _, _) => throw new InvalidOperationException(),
            _ => new Ina219(chip, Ina219Calibration.ForMaxCurrent(0.1, 2), shouldDispose: true),
            _time,
            NullLoggerFactory.Instance));

        Assert.Contains("INA219", error.Message, StringComparison.Ordinal);
        Assert.True(driver.IsDisposed);
    }
}
