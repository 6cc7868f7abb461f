using System.CommandLine;
using System.Text.Json;
using Kiosk.Core.Complaints;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Http;
using Kiosk.Host.Queue;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin.Cli;

/// <summary><c>kiosk ticket show CODE</c>, <c>kiosk complaint show CODE [--unmask]</c>: through the service, or the store when it is stopped.</summary>
public static class LookupCommands
{
    public static Command Ticket(CliSession session)
    {
        var code = new Argument<string>("CODE") { Description = session.Texts[CliText.ArgCode] };
        var show = new Command("show", session.Texts[CliText.TicketShow]) { code };
        show.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(code)!;
            JsonElement view;
            if (session.ServiceRunning)
            {
                using var admin = session.RequireService();
                var (status, body) = await admin.GetJsonAsync($"/admin/tickets/{string.Join('/', text.Split('/').Select(Uri.EscapeDataString))}", ct);
                if (status != 200)
                {
                    throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(status, body)));
                }

                view = body;
            }
            else
            {
                using var db = OpenStore(session);
                var queue = new QueueService(ConfigurationCheck.Office(session.Configuration), new LiteTicketStore(db), TimeProvider.System);
                var ticket = (text.Contains('/', StringComparison.Ordinal) ? queue.FindById(text) : queue.Find(text))
                    ?? throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, $"{TicketCode.Normalise(text) ?? text} not found"));
                var (ahead, wait) = queue.Estimate(ticket);
                view = JsonSerializer.SerializeToElement(TicketView.From(ticket, ahead, wait), ApiJson.Options);
            }

            session.WriteRecord(view);
            return (int)ExitCode.Ok;
        });
        return new Command("ticket", session.Texts[CliText.Ticket]) { show };
    }

    public static Command Complaint(CliSession session)
    {
        var code = new Argument<string>("CODE") { Description = session.Texts[CliText.ArgCode] };
        var unmask = new Option<bool>("--unmask") { Description = session.Texts[CliText.OptUnmask] };
        var show = new Command("show", session.Texts[CliText.ComplaintShow]) { code, unmask };
        show.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(code)!;
            JsonElement view;
            if (session.ServiceRunning)
            {
                using var admin = session.RequireService();
                var (status, body) = await admin.GetJsonAsync($"/admin/complaints/{Uri.EscapeDataString(text)}?unmask={(parse.GetValue(unmask) ? "true" : "false")}", ct);
                if (status != 200)
                {
                    throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(status, body)));
                }

                view = body;
            }
            else
            {
                var parsed = TrackingCode.Parse(text);
                if (parsed.Code is not { } tracking)
                {
                    throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, $"'{text}' is not a tracking code ({parsed.Error})"));
                }

                using var db = OpenStore(session);
                var complaint = new LiteComplaintStore(db).Find(tracking)
                    ?? throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, $"{tracking.Grouped} not found"));
                view = JsonSerializer.SerializeToElement(ComplaintAdminView.From(complaint, ConfigurationCheck.Office(session.Configuration), parse.GetValue(unmask)), ApiJson.Options);
            }

            session.WriteRecord(view);
            return (int)ExitCode.Ok;
        });
        return new Command("complaint", session.Texts[CliText.Complaint]) { show };
    }

    /// <summary>The store read-only; only while the service is stopped (it holds the file in direct mode).</summary>
    internal static LiteKioskDatabase OpenStore(CliSession session)
    {
        try
        {
            return LiteKioskDatabase.OpenReadOnly(Path.Combine(session.DataDirectory, LiteKioskDatabase.FileName));
        }
        catch (Core.Storage.StorageException e)
        {
            throw CliException.Failed(e.Message);
        }
    }
}
