using System.CommandLine;
using Kiosk.Host.Composition;
using Kiosk.Host.Printing;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// The technician's <c>kiosk</c> command line. <see cref="RunAsync"/> takes its streams and
/// environment, so tests run it in-process exactly as a shell would.
/// </summary>
public static class KioskCli
{
    /// <summary>The CLI's top-level words. Any word starts the CLI (see <see cref="IsCliInvocation"/>); this list is for documentation and completion.</summary>
    public static readonly IReadOnlySet<string> Commands = new HashSet<string>(StringComparer.Ordinal)
    {
        "provision", "doctor", "printer", "ticket", "complaint", "sync", "modem", "backup", "restore", "store", "help",
        "sms", "factory-reset",
        "counter", "display",
        "--help", "-h", "-?", "--version",
    };

    /// <summary>Host settings the service takes on its command line (<c>--urls</c>); any <c>--Section:Key</c> is one too.</summary>
    public static readonly IReadOnlySet<string> HostSettings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", KioskConfigFile.PathVariable,
    };

    /// <summary>
    /// True unless <paramref name="args"/> start the service: no arguments, <c>run ...</c>, or host
    /// settings only (<c>--urls URL --Kiosk:DataDirectory=DIR</c>). Anything else, a mistyped flag
    /// included, is the CLI, which answers it with usage rather than starting a second service.
    /// </summary>
    public static bool IsCliInvocation(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0)
        {
            return false;
        }

        // `kiosk run --help` is help, not a service that ignores the flag.
        return args[0] == "run"
            ? args.Skip(1).Any(a => a is "--help" or "-h" or "-?")
            : !OnlyHostSettings(args);
    }

    private static bool OnlyHostSettings(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return false;
            }

            var key = args[i][2..];
            var equals = key.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                key = key[..equals];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                i++;
            }
            else
            {
                return false;
            }

            if (!HostSettings.Contains(key) && !key.Contains(':', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        IReadOnlyDictionary<string, string?> environment,
        CancellationToken cancellationToken = default,
        TextReader? input = null,
        bool interactive = false,
        bool outputIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var session = new CliSession(output, error, environment, input, interactive, outputIsTerminal);
        var root = BuildRoot(session);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync("kiosk: " + problem.Message);
            }

            var valid = NearestName.ValidAt(parsed.CommandResult.Command).ToList();
            foreach (var token in parsed.UnmatchedTokens)
            {
                if (NearestName.For(token, valid) is { } nearest)
                {
                    await error.WriteLineAsync("kiosk: " + session.Texts.Format(CliText.DidYouMean, token, nearest));
                }
            }

            await error.WriteLineAsync(session.Texts.Format(CliText.UsageError, string.Join(' ', ["kiosk", .. CommandPath(parsed.CommandResult.Command)])));
            return (int)ExitCode.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliException e)
        {
            await error.WriteLineAsync("kiosk: " + e.Message);
            return (int)e.ExitCode;
        }
        catch (StartupConfigurationException e)
        {
            // The configuration file itself cannot be read: nothing else can be checked.
            await error.WriteLineAsync("kiosk: " + session.Texts[CliText.ConfigInvalid]);
            foreach (var problem in e.Problems)
            {
                await error.WriteLineAsync($"  {problem}");
            }

            return (int)ExitCode.ConfigurationInvalid;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await CliFailure.ReportAsync(session, args, e);
        }
    }

    internal static RootCommand BuildRoot(CliSession session)
    {
        var t = session.Texts;
        var root = new RootCommand(t[CliText.Root]);
        foreach (var builtIn in root.Options.OfType<VersionOption>().ToList())
        {
            root.Options.Remove(builtIn);
        }

        var version = new Option<bool>("--version") { Description = "Show the version." };
        root.Options.Add(version);
        root.SetAction(parse =>
        {
            if (parse.GetValue(version))
            {
                session.Output.WriteLine($"kiosk {ReceiptPrinter.AppVersion}");
                return (int)ExitCode.Ok;
            }

            session.Error.WriteLine(t.Format(CliText.UsageError, "kiosk"));
            return (int)ExitCode.Usage;
        });

        var run = new Command("run", t[CliText.Run]) { TreatUnmatchedTokensAsErrors = false };
        run.SetAction(_ =>
        {
            session.Error.WriteLine("kiosk: 'run' starts the service from the kiosk executable itself.");
            return (int)ExitCode.Usage;
        });
        root.Subcommands.Add(run);
        root.Subcommands.Add(ProvisionCommand.Create(session));
        root.Subcommands.Add(DoctorCommand.Create(session));
        root.Subcommands.Add(PrinterCommand.Create(session));
        root.Subcommands.Add(LookupCommands.Ticket(session));
        root.Subcommands.Add(LookupCommands.Complaint(session));
        var sync = ServiceCommands.Sync(session);
        sync.Subcommands.Add(QuarantineCommands.Create(session));
        root.Subcommands.Add(sync);
        root.Subcommands.Add(ModemCommands.Create(session));
        root.Subcommands.Add(SmsCommands.Create(session));
        root.Subcommands.Add(FactoryResetCommand.Create(session));
        root.Subcommands.Add(StoreCommands.Backup(session));
        root.Subcommands.Add(StoreCommands.Restore(session));
        root.Subcommands.Add(StoreRepairCommands.Create(session));
        root.Subcommands.Add(CounterCommands.Counter(session));
        root.Subcommands.Add(CounterCommands.Display(session));
        return root;
    }

    private static IEnumerable<string> CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && s is not RootCommand; s = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return names;
    }
}
