using Kiosk.Core.Printing;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Transports;
using Kiosk.Host.Health;

namespace Kiosk.Host.Printing;

/// <summary>Registers the printer chosen in <c>Kiosk:Printer</c> (the virtual one by default).</summary>
public static class PrintingSetup
{
    /// <summary>
    /// A simulated condition for the virtual printer (<c>paper_out</c>, <c>cover_open</c>,
    /// <c>offline</c>, <c>error</c>), to rehearse faults without hardware.
    /// </summary>
    public const string VirtualConditionKey = "Kiosk:Printer:Virtual:Condition";

    /// <summary>Reads and validates the printer settings; throws <see cref="PrinterConfigurationException"/> naming the key.</summary>
    public static IServiceCollection AddPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PrinterOptions.SectionName).Get<PrinterOptions>() ?? new PrinterOptions();
        options.Validate();
        var condition = ParseCondition(configuration[VirtualConditionKey]);

        services.AddSingleton(options);
        services.AddSingleton<IPrinterTransport>(sp =>
        {
            var transport = PrinterTransportFactory.Create(options, sp.GetRequiredService<Composition.DataDirectory>().Path, sp.GetRequiredService<TimeProvider>());
            if (transport is VirtualPrinterTransport virtualPrinter && condition is not null)
            {
                virtualPrinter.SimulatedStatus = new PrinterStatus(condition.Value, PaperNearEnd: false);
            }

            return transport;
        });
        services.AddSingleton(sp => new KioskPrinter(sp.GetRequiredService<IPrinterTransport>(), options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<KioskPrinter>>()));
        services.AddSingleton<IPrintJobStore>(sp => new LitePrintJobStore(sp.GetRequiredService<LiteKioskDatabase>()));
        services.AddSingleton<PrinterMonitor>();
        services.AddSingleton<ReceiptPrinter>();
        services.AddSingleton<IHealthComponent, PrinterHealth>();
        services.AddSingleton<PrinterWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PrinterWorker>());
        return services;
    }

    public static IEndpointRouteBuilder MapPrinting(this IEndpointRouteBuilder app)
    {
        app.MapPrinterApi();
        return app;
    }

    private static PrinterCondition? ParseCondition(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "online" => null,
        "paper_out" => PrinterCondition.PaperOut,
        "cover_open" => PrinterCondition.CoverOpen,
        "offline" => PrinterCondition.Offline,
        "error" => PrinterCondition.Error,
        _ => throw PrinterException.InvalidConfiguration(VirtualConditionKey, $"'{text}' is not one of online, paper_out, cover_open, offline, error"),
    };
}
