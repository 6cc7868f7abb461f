using Kiosk.Core.Configuration;
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
    public const string VirtualConditionKey = PrinterOptions.SectionName + ":" + VirtualConditionRelativeKey;

    /// <summary><see cref="VirtualConditionKey"/> within <c>Kiosk:Printer</c>: read as text, not bound to <see cref="PrinterOptions"/>.</summary>
    public const string VirtualConditionRelativeKey = "Virtual:Condition";

    /// <summary>The problem with a simulated condition's text, if any (the validator of <see cref="VirtualConditionKey"/>).</summary>
    public static IReadOnlyList<ConfigurationProblem> CheckCondition(string? text) =>
        TryParseCondition(text, out _) ? [] : [new(VirtualConditionKey, $"'{text}' is not one of online, paper_out, cover_open, offline, error")];

    /// <summary>Registers the printer settings (validated at start by <see cref="Composition.KioskValidation.Printer"/>) and the printer.</summary>
    public static IServiceCollection AddPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        Composition.KioskValidation.Printer.Register(services, configuration);
        _ = TryParseCondition(configuration[VirtualConditionKey], out var condition);

        services.AddSingleton<IPrinterTransport>(sp =>
        {
            var transport = PrinterTransportFactory.Create(sp.GetRequiredService<PrinterOptions>(), sp.GetRequiredService<Composition.DataDirectory>().Path, sp.GetRequiredService<TimeProvider>());
            if (transport is VirtualPrinterTransport virtualPrinter && condition is not null)
            {
                virtualPrinter.SimulatedStatus = new PrinterStatus(condition.Value, PaperNearEnd: false);
            }

            return transport;
        });
        services.AddSingleton(sp => new KioskPrinter(sp.GetRequiredService<IPrinterTransport>(), sp.GetRequiredService<PrinterOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<KioskPrinter>>()));
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

    private static bool TryParseCondition(string? text, out PrinterCondition? condition)
    {
        var name = text?.Trim().ToLowerInvariant();
        condition = name switch
        {
            "paper_out" => PrinterCondition.PaperOut,
            "cover_open" => PrinterCondition.CoverOpen,
            "offline" => PrinterCondition.Offline,
            "error" => PrinterCondition.Error,
            _ => null,
        };
        return condition is not null || name is null or "" or "online";
    }
}
