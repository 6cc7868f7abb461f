using System.CommandLine;
using System.Text.Json;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Hardware.Printer;
using Kiosk.Hardware.Printer.Transports;
using Kiosk.Host.Printing;
using Microsoft.Extensions.Logging.Abstractions;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin.Cli;

/// <summary><c>kiosk printer test</c>: the test page, through the service or straight to the printer when it is stopped.</summary>
public static class PrinterCommand
{
    public static Command Create(CliSession session)
    {
        var test = new Command("test", session.Texts[CliText.PrinterTest]);
        test.SetAction(async (_, ct) =>
        {
            string status;
            string? problem;
            if (session.ServiceRunning)
            {
                using var admin = session.RequireService();
                var (code, body) = await admin.PostJsonAsync("/admin/printer/test", new { }, ct);
                if (code != 200)
                {
                    throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(code, body)));
                }

                status = body.GetProperty("status").GetString()!;
                problem = body.TryGetProperty("problem", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            }
            else
            {
                var result = await Direct(session).PrintTestPageAsync(ct);
                status = result.Status.ToString().ToLowerInvariant();
                problem = result.Problem;
            }

            if (status != "printed")
            {
                throw CliException.Failed(session.Texts.Format(CliText.TestPageFailed, problem ?? status));
            }

            await session.Output.WriteLineAsync(session.Texts[CliText.TestPagePrinted]);
            return (int)ExitCode.Ok;
        });
        return new Command("printer", session.Texts[CliText.Printer]) { test };
    }

    /// <summary>The printer as the service would drive it, for when the service is stopped (nothing else holds it then).</summary>
    internal static ReceiptPrinter Direct(CliSession session)
    {
        var options = ConfigurationCheck.Printer(session.Configuration);
        var office = ConfigurationCheck.Office(session.Configuration);
        var transport = PrinterTransportFactory.Create(options, session.DataDirectory, TimeProvider.System);
        var printer = new KioskPrinter(transport, options, TimeProvider.System, NullLogger<KioskPrinter>.Instance);
        // The test page stores no job; an in-memory job store keeps the service's file untouched.
        return new ReceiptPrinter(printer, options, office, new LitePrintJobStore(LiteKioskDatabase.InMemory()), new PrinterMonitor(), TimeProvider.System, NullLogger<ReceiptPrinter>.Instance);
    }
}
