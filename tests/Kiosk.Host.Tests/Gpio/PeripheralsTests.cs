using System.Device.Gpio;
using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Led;
using Kiosk.Host.Composition;
using Kiosk.Host.Gpio;
using Kiosk.Host.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Host.Tests.Gpio;

/// <summary>The host's use of the board peripherals, over System.Device.Gpio with a fake driver.</summary>
public class PeripheralsTests
{
    private const int LedPin = 17;
    private const int BuzzerPin = 18;
    private const int ButtonPin = 27;

    private static (Action<IServiceCollection> Services, FakeGpioDriver Driver) FakeBoard(TimeProvider? boardTime = null)
    {
        var time = boardTime ?? TimeProvider.System;
        var driver = new FakeGpioDriver(time);
        var options = new GpioOptions { StatusLedPin = LedPin, BuzzerPin = BuzzerPin, TicketButtonPin = ButtonPin, ButtonService = "B" };
        return (services =>
        {
            services.Replace(ServiceDescriptor.Singleton(options));
            services.Replace(ServiceDescriptor.Singleton(_ => GpioBoard.Create(
                options,
                () => new GpioController(driver),
                (_, _, _) => throw new InvalidOperationException("no PWM in this test"),
                _ => throw new InvalidOperationException("no INA219 in this test"),
                time,
                NullLoggerFactory.Instance)));
        }, driver);
    }

    [Fact]
    public async Task A_press_of_the_ticket_button_issues_and_prints_a_ticket_with_a_chirp()
    {
        // The board's debounce and chirp run on a fake clock the test moves; the rest of the kiosk on real time.
        var boardTime = new FakeTimeProvider();
        var (services, driver) = FakeBoard(boardTime);

        // Released (pulled up) before the service starts, as a real button idles.
        driver.Drive(ButtonPin, PinValue.High, fireCallbacks: false);
        await using var server = await KioskServer.StartWithAsync(services);

        // The worker runs on its own thread (.NET 10 BackgroundService): wait until it listens to the pin's edges.
        await Eventually.Get(() => driver.HasCallback(ButtonPin), listening => listening, "the button's edge callback");
        driver.Drive(ButtonPin, PinValue.Low);
        boardTime.Advance(TimeSpan.FromMilliseconds(200));
        driver.Drive(ButtonPin, PinValue.High);
        boardTime.Advance(TimeSpan.FromMilliseconds(200));

        var ticket = await Eventually.Get(() => server.Services.GetRequiredService<Core.Queue.QueueService>().Find("B-001"), t => t is not null, "a ticket from the button");
        await Eventually.Get(
            () =>
            {
                boardTime.Advance(TimeSpan.FromMilliseconds(50));
                return driver.WritesTo(BuzzerPin).Count;
            },
            n => n >= 2,
            "the buzzer's chirp");
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "printer", $"ticket-{ticket!.ServiceDay}-B-001.bin")));
    }

    [Fact]
    public async Task The_status_LED_shows_a_printer_fault_and_the_alarm_sounds()
    {
        var (services, driver) = FakeBoard();
        await using var server = await KioskServer.StartWithAsync(services, null, null, "--Kiosk:Printer:Virtual:Condition=cover_open");
        await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);

        server.Services.GetRequiredService<PeripheralsWorker>().RefreshSignals();

        Assert.Equal(StatusLedSignal.PrinterFault, server.Services.GetRequiredService<GpioBoard>().StatusLed!.Current);
        await Eventually.Get(() => driver.WritesTo(BuzzerPin).Count, n => n >= 2, "the alarm");
    }

    [Fact]
    public async Task The_status_LED_shows_a_full_store_before_a_printer_fault()
    {
        var (board, _) = FakeBoard();
        await using var server = await KioskServer.StartWithAsync(
            services =>
            {
                board(services);
                services.AddSingleton<IHealthComponent>(new FakeHealthComponent("store", HealthState.Failed, "storage-full: The data disk is full."));
            },
            null,
            null,
            "--Kiosk:Printer:Virtual:Condition=cover_open");

        server.Services.GetRequiredService<PeripheralsWorker>().RefreshSignals();

        Assert.Equal(StatusLedSignal.StoreFault, server.Services.GetRequiredService<GpioBoard>().StatusLed!.Current);
    }

    [Fact]
    public async Task Each_configured_peripheral_has_its_own_health_line_for_the_doctor()
    {
        var (services, _) = FakeBoard();
        await using var server = await KioskServer.StartWithAsync(services, null, null, $"--Kiosk:Gpio:StatusLedPin={LedPin}", $"--Kiosk:Gpio:BuzzerPin={BuzzerPin}", $"--Kiosk:Gpio:TicketButtonPin={ButtonPin}");

        var components = (await server.GetJsonAsync("/healthz", 200)).GetProperty("components");

        Assert.Equal("ok", components.GetProperty("gpio.status-led").GetProperty("state").GetString());
        Assert.Contains("BCM 17", components.GetProperty("gpio.status-led").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", components.GetProperty("gpio.ticket-button").GetProperty("state").GetString());
        Assert.False(components.TryGetProperty("gpio.ups", out _));
    }

    [Fact]
    public async Task Without_peripherals_configured_nothing_is_opened_and_health_says_so()
    {
        await using var server = await KioskServer.StartAsync();

        var power = (await server.GetJsonAsync("/healthz", 200)).GetProperty("components").GetProperty("power");

        Assert.Equal("disabled", power.GetProperty("state").GetString());
        Assert.Null(server.Services.GetRequiredService<GpioBoard>().StatusLed);
    }

    [Fact]
    public async Task A_bad_GPIO_setting_stops_the_start_naming_the_key()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-bad-gpio-" + Guid.NewGuid().ToString("N"));
        using var kiosk = KioskProcess.Start(data, "--Kiosk:Gpio:StatusLedPin=17", "--Kiosk:Gpio:TicketButtonPin=17");

        Assert.Equal((int)ExitCode.ConfigurationInvalid, await kiosk.WaitForExitAsync());
        Assert.Contains("Kiosk:Gpio:TicketButtonPin", kiosk.Output, StringComparison.Ordinal);
    }
}
