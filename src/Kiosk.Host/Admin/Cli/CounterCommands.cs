using System.CommandLine;
using System.Text.Json;
using Kiosk.Core.Counters;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Core.Validation;
using Kiosk.Host.Composition;
using Kiosk.Host.Counters;
using Kiosk.Host.Http;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// <c>kiosk counter add NAME --services A,B [--token]</c>, <c>kiosk counter list</c>,
/// <c>kiosk counter remove NAME</c> and <c>kiosk display add NAME [--token]</c>: through the admin
/// socket while the service runs, straight on the store while it is stopped.
/// </summary>
/// <remarks>The help texts are English only for now: the CLI's text table is shared with other work in flight.</remarks>
public static class CounterCommands
{
    public static Command Counter(CliSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var name = new Argument<string>("NAME") { Description = "The counter's name as the display shows it, e.g. \"Loket 1\"." };
        var services = new Option<string>("--services") { Description = "The service codes it serves, comma-separated: A,B.", Required = true };
        var token = new Option<bool>("--token") { Description = "Print a token for scripts instead of a pairing code." };
        var add = new Command("add", "Add a counter; prints a one-time pairing code and the page to open.") { name, services, token };
        add.SetAction(async (parse, ct) =>
        {
            var added = await AddAsync(session, "/admin/counters", parse.GetValue(name)!, StaffDeviceKind.Counter, [.. parse.GetValue(services)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)], parse.GetValue(token), ct);
            WriteAdded(session, added, "counter");
            return (int)ExitCode.Ok;
        });

        var list = new Command("list", "List counters and displays.");
        list.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<AdminCounterView> all;
            if (session.ServiceRunning)
            {
                using var admin = session.RequireService();
                var (status, body) = await admin.GetJsonAsync("/admin/counters", ct);
                all = status == 200 ? body.Deserialize<AdminCounterView[]>(ApiJson.Options)! : throw Refused(session, status, body);
            }
            else
            {
                using var db = OpenStore(session);
                all = [.. Registry(session, db).List().Select(AdminCounterView.From)];
            }

            if (all.Count == 0)
            {
                session.Output.WriteLine("No counters or displays yet: kiosk counter add \"Loket 1\" --services A");
            }

            foreach (var c in all)
            {
                session.Output.WriteLine($"{c.Kind,-8} {c.Id,-16} {c.Name,-24} {string.Join(',', c.Services),-8} {(c.Paired ? "paired" : c.PairingExpiresAt is { } until ? $"pairing until {until:HH:mm} UTC" : "not paired")}");
            }

            return (int)ExitCode.Ok;
        });

        var removeName = new Argument<string>("NAME") { Description = "The counter's or display's name (or id)." };
        var remove = new Command("remove", "Remove a counter or display; its token stops working at once.") { removeName };
        remove.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(removeName)!;
            if (session.ServiceRunning)
            {
                using var admin = session.RequireService();
                var (status, body) = await admin.DeleteAsync($"/admin/counters/{Uri.EscapeDataString(target)}", ct);
                if (status != 204)
                {
                    throw Refused(session, status, body);
                }
            }
            else
            {
                using var db = OpenStore(session);
                if (!Registry(session, db).Remove(target))
                {
                    throw CliException.Failed($"No counter or display is named '{target}'.");
                }
            }

            session.Output.WriteLine($"Removed '{target}'; its token no longer works.");
            return (int)ExitCode.Ok;
        });

        return new Command("counter", "Counters (loket) that call the queue from a PC or phone.") { add, list, remove };
    }

    public static Command Display(CliSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var name = new Argument<string>("NAME") { Description = "The display's name, e.g. \"TV Ruang Tunggu\"." };
        var token = new Option<bool>("--token") { Description = "Print a token (for the Pi's own display window) instead of a pairing code." };
        var add = new Command("add", "Add a waiting-room display; prints a one-time pairing code and the page to open.") { name, token };
        add.SetAction(async (parse, ct) =>
        {
            var added = await AddAsync(session, "/admin/displays", parse.GetValue(name)!, StaffDeviceKind.Display, [], parse.GetValue(token), ct);
            WriteAdded(session, added, "display");
            return (int)ExitCode.Ok;
        });
        return new Command("display", "Waiting-room displays that show and speak each call.") { add };
    }

    private static async Task<AddedView> AddAsync(CliSession session, string path, string name, StaffDeviceKind kind, string[] services, bool token, CancellationToken ct)
    {
        if (session.ServiceRunning)
        {
            using var admin = session.RequireService();
            var (status, body) = await admin.PostJsonAsync(path, new { name, services, token }, ct);
            return status == 201 ? body.Deserialize<AddedView>(ApiJson.Options)! : throw Refused(session, status, body);
        }

        using var db = OpenStore(session);
        try
        {
            return AddedView.From(Registry(session, db).Add(name, kind, services, token));
        }
        catch (DomainValidationException e)
        {
            throw CliException.Failed(string.Join(" ", e.Errors.Select(f => $"{f.Field}: {f.Message}")));
        }
        catch (StateConflictException e)
        {
            throw CliException.Failed(e.MessageId);
        }
    }

    private static void WriteAdded(CliSession session, AddedView added, string page)
    {
        var c = added.Counter;
        session.Output.WriteLine(c.Services.Count > 0
            ? $"Added {c.Kind} \"{c.Name}\" ({c.Id}), serving {string.Join(", ", c.Services)}."
            : $"Added {c.Kind} \"{c.Name}\" ({c.Id}).");
        if (added.Token is { } token)
        {
            session.Output.WriteLine($"Token (shown once; keep it secret): {token}");
        }
        else
        {
            session.Output.WriteLine($"Pairing code: {session.Paint(added.PairingCode!, ConsoleColor.White)}  (once, valid {CounterRegistry.PairingLifetime.TotalMinutes:0} minutes)");
        }

        session.Output.WriteLine($"Open on the {(page == "display" ? "display" : "counter's PC or phone")}: {PageUrl(session, page)}");
    }

    /// <summary>The page on the staff listener, with the machine's name where it listens on every interface.</summary>
    public static string PageUrl(CliSession session, string page)
    {
        ArgumentNullException.ThrowIfNull(session);
        var options = session.Configuration.GetSection(StaffOptions.SectionName).Get<StaffOptions>() ?? new StaffOptions();
        var url = options.ParsedUrls().FirstOrDefault() ?? new Uri(StaffOptions.DefaultUrls);
        var host = url.Host is "0.0.0.0" or "[::]" or "::" ? System.Net.Dns.GetHostName() : url.Host;
        return $"{url.Scheme}://{host}:{url.Port}/{page}";
    }

    private static CliException Refused(CliSession session, int status, JsonElement body) =>
        CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(status, body)));

    private static CounterRegistry Registry(CliSession session, LiteKioskDatabase db) =>
        new(new LiteCounterStore(db), ConfigurationCheck.Office(session.Configuration), TimeProvider.System);

    /// <summary>The store itself, only while the service is stopped (it holds the file in direct mode).</summary>
    private static LiteKioskDatabase OpenStore(CliSession session)
    {
        try
        {
            return LiteKioskDatabase.Open(session.DataDirectory);
        }
        catch (StorageException e)
        {
            throw CliException.Failed(e.Message);
        }
    }
}
