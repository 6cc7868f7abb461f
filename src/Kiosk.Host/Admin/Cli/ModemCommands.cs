using System.CommandLine;
using System.Text.Json;
using Kiosk.Host.Composition;
using Kiosk.Host.Http;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// <c>kiosk modem info | send | ussd</c>: only through the running service, which owns the port.
/// <c>info</c> shows the SIM's IMSI and ICCID in full: the technician needs them to talk to the
/// operator; the service never logs them.
/// </summary>
public static class ModemCommands
{
    public static Command Create(CliSession session)
    {
        var t = session.Texts;
        var json = new Option<bool>("--json") { Description = t[CliText.OptJson] };
        var info = new Command("info", t[CliText.ModemInfo]) { json };
        info.SetAction(async (parse, ct) =>
        {
            var answer = await CallAsync(session, "GET", "/admin/modem", null, ct);
            if (parse.GetValue(json))
            {
                await session.Output.WriteLineAsync(answer.GetRawText());
                return (int)ExitCode.Ok;
            }

            Render(session, answer.Deserialize<ModemInfo>(ApiJson.Options)!);
            return (int)ExitCode.Ok;
        });

        var number = new Argument<string>("NUMBER") { Description = t[CliText.ArgNumber] };
        var text = new Argument<string>("TEXT") { Description = t[CliText.ArgText] };
        var send = new Command("send", t[CliText.ModemSend]) { number, text };
        send.SetAction(async (parse, ct) =>
        {
            session.WriteRecord(await CallAsync(session, "POST", "/admin/modem/send", new { number = parse.GetValue(number), text = parse.GetValue(text) }, ct));
            return (int)ExitCode.Ok;
        });

        var code = new Argument<string>("CODE") { Description = t[CliText.ArgUssd] };
        var ussd = new Command("ussd", t[CliText.ModemUssd]) { code };
        ussd.SetAction(async (parse, ct) =>
        {
            session.WriteRecord(await CallAsync(session, "POST", "/admin/modem/ussd", new { code = parse.GetValue(code) }, ct));
            return (int)ExitCode.Ok;
        });
        return new Command("modem", t[CliText.Modem]) { info, send, ussd };
    }

    private static void Render(CliSession session, ModemInfo m)
    {
        var t = session.Texts;
        var signal = m.SignalDbm is { } dbm ? t.Format(CliText.ModemSignal, dbm, m.SignalBars) : t[CliText.ModemSignalUnknown];
        var credit = m.CreditCode is null ? t[CliText.ModemCreditNotConfigured]
            : m.Credit ?? t.Format(CliText.ModemCreditFailed, m.CreditCode, m.CreditError);
        (string Name, string? Value)[] lines =
        [
            ("Port", m.Port),
            ("Manufacturer", m.Manufacturer),
            ("Model", m.Model),
            ("Firmware", m.Firmware),
            ("IMEI", m.Imei),
            ("IMSI", m.Imsi),
            ("ICCID", m.Iccid),
            ("SIM", m.SimReady ? t[CliText.ModemSimReady] : t[CliText.ModemSimNotReady]),
            ("Operator", m.Operator),
            ("Registration", m.Registration),
            ("SMSC", m.ServiceCentre),
            ("Signal", signal),
            ("Credit", credit),
        ];
        var width = lines.Max(l => l.Name.Length);
        foreach (var (name, value) in lines)
        {
            session.Output.WriteLine($"{session.Paint(name.PadRight(width), ConsoleColor.White)}  {value ?? "-"}");
        }
    }

    private static async Task<JsonElement> CallAsync(CliSession session, string method, string path, object? body, CancellationToken ct)
    {
        using var admin = session.RequireService();
        var (status, answer) = method == "GET" ? await admin.GetJsonAsync(path, ct) : await admin.PostJsonAsync(path, body ?? new { }, ct);
        if (status is < 200 or > 299)
        {
            throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(status, answer)));
        }

        return answer;
    }
}
