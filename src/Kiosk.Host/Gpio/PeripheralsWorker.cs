using Kiosk.Core.Configuration;
using Kiosk.Core.Queue;
using Kiosk.Hardware.Gpio;
using Kiosk.Hardware.Gpio.Button;
using Kiosk.Hardware.Gpio.Led;
using Kiosk.Hardware.Gpio.Ups;
using Kiosk.Host.Health;
using Kiosk.Host.Printing;

namespace Kiosk.Host.Gpio;

/// <summary>
/// Drives the optional board peripherals: the status LED shows the most important fault (a full
/// store before a printer fault), the
/// buzzer chirps on each printed ticket and sounds the alarm while the printer needs staff, the
/// ticket button issues and prints a ticket (a long press prints the test page), and the UPS monitor
/// shuts the host down cleanly before the battery is empty. None configured, none used.
/// </summary>
public sealed partial class PeripheralsWorker : BackgroundService
{
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan AlarmRepeat = TimeSpan.FromMinutes(5);

    private readonly GpioBoard _board;
    private readonly HealthReporter _health;
    private readonly QueueService _queue;
    private readonly ReceiptPrinter _printer;
    private readonly OfficeProfile _office;
    private readonly PowerSupply _power;
    private readonly IShutdownSequence _shutdown;
    private readonly Hardware.Gpio.GpioOptions _options;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<PeripheralsWorker> _logger;
    private DateTimeOffset? _alarmSince;
    private DateTimeOffset _lastAlarm = DateTimeOffset.MinValue;

    public PeripheralsWorker(GpioBoard board, HealthReporter health, QueueService queue, ReceiptPrinter printer, OfficeProfile office, PowerSupply power, IShutdownSequence shutdown, Hardware.Gpio.GpioOptions options, IHostApplicationLifetime lifetime, TimeProvider time, ILoggerFactory loggers)
    {
        _board = board;
        _health = health;
        _queue = queue;
        _printer = printer;
        _office = office;
        _power = power;
        _shutdown = shutdown;
        _options = options;
        _lifetime = lifetime;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<PeripheralsWorker>();
        _printer.Printed += (_, _) => _board.Buzzer?.TicketPrinted();
    }

    /// <summary>The service a button press takes a number for: <c>Kiosk:Gpio:ButtonService</c>, or the first service.</summary>
    public string ButtonService => _options.ButtonService ?? _office.Services[0].Code;

    /// <summary>Brings the LED and the alarm in line with the kiosk's health (called every <see cref="Refresh"/>).</summary>
    public void RefreshSignals()
    {
        var (_, components) = _health.Check();
        var signals = new List<StatusLedSignal>();
        if (components.TryGetValue("store", out var store) && store.State == HealthState.Failed)
        {
            signals.Add(StatusLedSignal.StoreFault);
        }

        var printerFault = components.TryGetValue("printer", out var printer) && printer.State != HealthState.Ok;
        if (printerFault)
        {
            signals.Add(StatusLedSignal.PrinterFault);
        }

        if (components.TryGetValue("modem", out var modem) && modem.State is HealthState.Degraded or HealthState.Failed)
        {
            signals.Add(StatusLedSignal.ModemFault);
        }

        if (components.TryGetValue("sync", out var sync) && sync.State is HealthState.Degraded or HealthState.Failed)
        {
            signals.Add(StatusLedSignal.NoUpstream);
        }

        if (_power.OnBattery)
        {
            signals.Add(StatusLedSignal.OnBattery);
        }

        if (!_lifetime.ApplicationStarted.IsCancellationRequested)
        {
            signals.Add(StatusLedSignal.Starting);
        }

        _board.StatusLed?.Show(signals);

        var now = _time.GetUtcNow();
        if (!printerFault)
        {
            _alarmSince = null;
            return;
        }

        _alarmSince ??= now;
        if (now - _lastAlarm >= AlarmRepeat)
        {
            _lastAlarm = now;
            _board.Buzzer?.Alarm();
        }
    }

    /// <summary>What a button gesture does; public so tests can press without a pin.</summary>
    public async Task HandleAsync(ButtonGesture gesture, CancellationToken ct)
    {
        if (gesture == ButtonGesture.LongPress)
        {
            await _printer.PrintTestPageAsync(ct);
            return;
        }

        var issued = _queue.Issue(new TicketRequest(ButtonService));
        await _printer.PrintTicketAsync(issued.Ticket, issued.PeopleAhead, issued.EstimatedWaitMinutes, ct);
        LogButtonTicket(_logger, issued.Ticket.Code);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The health is only read for an LED or a buzzer to show it.
        var tasks = new List<Task>();
        if (_board.StatusLed is not null || _board.Buzzer is not null)
        {
            tasks.Add(SignalLoopAsync(stoppingToken));
        }

        if (_board.TicketButton is { } button)
        {
            button.Start();
            tasks.Add(ButtonLoopAsync(button, stoppingToken));
        }

        if (_board.PowerSensor is { } sensor)
        {
            var monitor = new PowerLossMonitor(sensor, _shutdown, _options.Shutdown, _board.CellsInSeries, _time, _loggers.CreateLogger<PowerLossMonitor>());
            monitor.StateChanged += (_, status) => _power.Status = status;
            tasks.Add(monitor.RunAsync(stoppingToken));
        }

        try
        {
            await Task.WhenAll(tasks);
        }
        finally
        {
            _board.StatusLed?.Off();
        }
    }

    private async Task SignalLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            RefreshSignals();
            await Task.Delay(Refresh, _time, ct);
        }
    }

    private async Task ButtonLoopAsync(TicketButton button, CancellationToken ct)
    {
        await foreach (var gesture in button.Gestures.ReadAllAsync(ct))
        {
            try
            {
                await HandleAsync(gesture, ct);
            }
            catch (Core.Validation.DomainValidationException e)
            {
                LogButtonRefused(_logger, string.Join("; ", e.Errors.Select(x => x.Code)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed press (a store or printer fault) must not leave the button dead.
                LogButtonFailed(_logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket button issued {TicketCode}")]
    private static partial void LogButtonTicket(ILogger logger, string ticketCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ticket button press failed")]
    private static partial void LogButtonFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket button: no ticket issued ({Reason}); check Kiosk:Gpio:ButtonService")]
    private static partial void LogButtonRefused(ILogger logger, string reason);
}
