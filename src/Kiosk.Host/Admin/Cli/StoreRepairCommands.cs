using System.CommandLine;
using System.Globalization;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// <c>kiosk store check</c> and <c>kiosk store repair</c>, on the data directory of a stopped
/// service. Neither ever writes to the files it reads: LiteDB is given copies.
/// </summary>
public static class StoreRepairCommands
{
    public const string DamagedSuffix = ".damaged-";

    public static Command Create(CliSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var store = new Command("store", session.Texts[CliText.Store]);
        var check = new Command("check", session.Texts[CliText.StoreCheck]);
        check.SetAction(async (_, _) => await CheckAsync(session));
        var repair = new Command("repair", session.Texts[CliText.StoreRepair]);
        repair.SetAction(async (_, _) => await RepairAsync(session));
        store.Subcommands.Add(check);
        store.Subcommands.Add(repair);
        return store;
    }

    private static async Task<int> CheckAsync(CliSession session)
    {
        RequireStopped(session);
        var directory = session.DataDirectory;
        var output = session.Output;
        var today = ConfigurationCheck.Office(session.Configuration).LocalDay(TimeProvider.System.GetUtcNow());
        await output.WriteLineAsync($"data directory  {directory}");
        await output.WriteLineAsync($"marker          {(File.Exists(StoreFiles.Marker(directory)) ? (await File.ReadAllTextAsync(StoreFiles.Marker(directory))).Trim() : "absent (not initialised yet)")}");

        var damage = StoreFiles.Inspect(directory);
        NumberingFloorFile? floor = null;
        try
        {
            floor = NumberingFloorFile.Open(directory);
        }
        catch (StoreDamagedException e)
        {
            damage ??= e;
        }

        await output.WriteLineAsync($"floor file      {(floor?.Day is { } day ? $"day {day:yyyy-MM-dd}, clock mark {floor.ClockMark:O}, {Numbers(floor.Numbers)}" : floor is null ? "unreadable" : "none yet")}");
        await output.WriteLineAsync($"kiosk.db        {Describe(StoreFiles.Store(directory))}");
        await output.WriteLineAsync($"kiosk-log.db    {Describe(StoreFiles.Log(directory))}");

        if (damage is null && File.Exists(StoreFiles.Store(directory)))
        {
            try
            {
                var (sizes, last) = StoreSalvage.ReadCopy(directory, withLog: true, db => (db.CollectionSizes(), db.LastNumbers(today)));
                await output.WriteLineAsync($"collections     {string.Join(", ", sizes.Select(s => $"{s.Key} {s.Value}"))}");
                await output.WriteLineAsync($"today {today:yyyy-MM-dd}  {(last.Count == 0 ? "no tickets" : Numbers(last))}");
                if (floor?.Day == today && floor.Numbers.Any(f => last.GetValueOrDefault(f.Key) < f.Value) && !File.Exists(StoreFiles.Replaced(directory)))
                {
                    damage = new StoreDamagedException(StoreFiles.Store(directory), $"behind the numbering floor ({Numbers(floor.Numbers)} issued, store has {Numbers(last)})");
                }
            }
            catch (Exception e) when (LiteKioskDatabase.IsReadFailure(e))
            {
                damage = new StoreDamagedException(StoreFiles.Store(directory), $"not readable: {e.Message}", e);
            }
        }

        if (damage is not null)
        {
            await output.WriteLineAsync($"verdict         DAMAGED {damage.Message}");
            await output.WriteLineAsync("                'kiosk store repair' keeps these files and copies what reads into a new store.");
            return (int)ExitCode.Failure;
        }

        await output.WriteLineAsync("verdict         OK");
        return (int)ExitCode.Ok;
    }

    private static async Task<int> RepairAsync(CliSession session)
    {
        RequireStopped(session);
        var directory = session.DataDirectory;
        var now = TimeProvider.System.GetUtcNow();
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var repaired = Path.Combine(directory, "repair-" + stamp);
        Directory.CreateDirectory(repaired);
        SalvageResult result;
        try
        {
            result = StoreSalvage.CopyInto(directory, StoreFiles.Store(repaired));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Directory.Delete(repaired, recursive: true);
            throw new CliException($"cannot write the new store in {directory}: {e.Message}", e);
        }

        // Set the damaged files aside (never deleted), then move the new store in.
        var kept = new List<string>();
        foreach (var file in new[] { StoreFiles.Store(directory), StoreFiles.Log(directory) }.Where(File.Exists))
        {
            var aside = file + DamagedSuffix + stamp;
            File.Move(file, aside);
            kept.Add(aside);
        }

        StoreFiles.NoteReplaced(directory, "repair", now);
        File.Move(StoreFiles.Store(repaired), StoreFiles.Store(directory));
        Directory.Delete(repaired, recursive: true);
        DurableFile.SyncDirectory(directory);
        if (!File.Exists(StoreFiles.Marker(directory)))
        {
            StoreFiles.WriteMarker(directory, now);
        }

        var output = session.Output;
        await output.WriteLineAsync($"read from       {result.Source}");
        await output.WriteLineAsync($"copied          {(result.Copied.Count == 0 ? "nothing" : string.Join(", ", result.Copied.Select(c => $"{c.Key} {c.Value}")))}");
        var floor = NumberingFloorFile.Open(directory);
        var gaps = new List<string>();
        if (floor.Day is { } day)
        {
            using var store = LiteKioskDatabase.OpenReadOnly(StoreFiles.Store(directory));
            var last = store.LastNumbers(day);
            gaps.AddRange(floor.Numbers.Where(f => last.GetValueOrDefault(f.Key) < f.Value)
                .Select(f => $"{f.Value - last.GetValueOrDefault(f.Key)} tickets of {day:yyyy-MM-dd} service {f.Key} (after {Ticket.FormatCode(f.Key, last.GetValueOrDefault(f.Key))} up to {Ticket.FormatCode(f.Key, f.Value)})"));
        }

        var lost = result.Lost.Select(l => l.Value < 0 ? $"{l.Key}: an unknown number after the damaged page" : $"{l.Key} {l.Value}").Concat(gaps).ToList();
        if (result.Source != "kiosk.db + kiosk-log.db" && File.Exists(StoreFiles.Log(directory) + DamagedSuffix + stamp))
        {
            lost.Add("every change only in kiosk-log.db (not checkpointed)");
        }

        await output.WriteLineAsync($"lost            {(lost.Count == 0 ? "nothing" : string.Join("; ", lost))}");
        foreach (var problem in result.Problems)
        {
            await output.WriteLineAsync($"problem         {problem}");
        }

        await output.WriteLineAsync($"kept aside      {(kept.Count == 0 ? "nothing (there was no store)" : string.Join(", ", kept))}");
        await output.WriteLineAsync("numbering       continues above the numbering floor; start the service.");
        return (int)ExitCode.Ok;
    }

    private static void RequireStopped(CliSession session)
    {
        if (session.ServiceRunning)
        {
            throw CliException.Failed(session.Texts.Format(CliText.ServiceRunningStopFirst, session.SocketPath));
        }
    }

    private static string Describe(string file) => !File.Exists(file)
        ? "absent"
        : (Path.GetFileName(file) == StoreFiles.LogFileName ? StoreFiles.InspectLog(file) : StoreFiles.InspectData(file)) is { } problem
            ? $"{new FileInfo(file).Length} bytes, {problem.Problem}"
            : $"{new FileInfo(file).Length} bytes, readable header";

    private static string Numbers(IReadOnlyDictionary<string, int> numbers) =>
        numbers.Count == 0 ? "none" : string.Join(", ", numbers.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => Ticket.FormatCode(n.Key, n.Value)));
}
