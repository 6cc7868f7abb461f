using System.CommandLine;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin.Cli;

/// <summary><c>kiosk backup FILE</c> (any time) and <c>kiosk restore FILE</c> (service stopped).</summary>
public static class StoreCommands
{
    public const string BeforeRestoreSuffix = ".before-restore";

    /// <summary>LiteDB's write-ahead log beside kiosk.db; it must go with the file it belongs to.</summary>
    public const string LogFileName = StoreFiles.LogFileName;

    public static Command Backup(CliSession session)
    {
        var file = new Argument<FileInfo>("FILE") { Description = session.Texts[CliText.ArgFile] };
        var backup = new Command("backup", session.Texts[CliText.Backup]) { file };
        backup.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(file)!.FullName;
            var partial = target + ".partial";
            if (session.ServiceRunning)
            {
                using var admin = session.RequireService();
                int status;
                System.Text.Json.JsonElement problem;
                await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    (status, problem) = await admin.DownloadAsync("/admin/backup", output, ct);
                    output.Flush(flushToDisk: true);
                }

                if (status != 200)
                {
                    File.Delete(partial);
                    throw CliException.Failed(session.Texts.Format(CliText.RequestRefused, AdminClient.Describe(status, problem)));
                }
            }
            else
            {
                File.Delete(partial);
                // Stopped: open it (a log left by a crash is replayed) and copy under the same gate the service uses.
                using var db = OpenWritable(session.DataDirectory);
                db.BackupTo(partial);
            }

            Verify(partial);
            File.Move(partial, target, overwrite: true);
            await session.Output.WriteLineAsync(session.Texts.Format(CliText.BackupWritten, target, new FileInfo(target).Length));
            return (int)ExitCode.Ok;
        });
        return backup;
    }

    public static Command Restore(CliSession session)
    {
        var file = new Argument<FileInfo>("FILE") { Description = session.Texts[CliText.ArgFile] };
        var restore = new Command("restore", session.Texts[CliText.Restore]) { file };
        restore.SetAction(async (parse, _) =>
        {
            var source = parse.GetValue(file)!.FullName;
            if (session.ServiceRunning)
            {
                throw CliException.Failed(session.Texts.Format(CliText.ServiceRunningStopFirst, session.SocketPath));
            }

            Verify(source);
            var directory = session.DataDirectory;
            Directory.CreateDirectory(directory);
            var store = Path.Combine(directory, LiteKioskDatabase.FileName);
            var incoming = store + ".restoring";
            File.Copy(source, incoming, overwrite: true);
            await using (var flush = new FileStream(incoming, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                flush.Flush(flushToDisk: true);
            }

            var kept = store + BeforeRestoreSuffix;
            var hadStore = File.Exists(store);
            if (hadStore)
            {
                File.Move(store, kept, overwrite: true);
            }

            // The old log belongs to the old file: left in place, LiteDB would replay it into the restored one.
            var log = Path.Combine(directory, LogFileName);
            if (File.Exists(log))
            {
                File.Move(log, log + BeforeRestoreSuffix, overwrite: true);
            }

            // The backup may be behind today's numbering floor: the next start accepts it knowingly and numbers above the floor.
            StoreFiles.NoteReplaced(directory, "restore", TimeProvider.System.GetUtcNow());
            File.Move(incoming, store);
            DurableFile.SyncDirectory(directory);
            await session.Output.WriteLineAsync(hadStore
                ? session.Texts.Format(CliText.Restored, source, kept)
                : session.Texts.Format(CliText.RestoreNothingToReplace, source));
            return (int)ExitCode.Ok;
        });
        return restore;
    }

    /// <summary>Refuses a file that does not open as a kiosk store.</summary>
    private static void Verify(string file)
    {
        try
        {
            using var db = LiteKioskDatabase.OpenReadOnly(file);
        }
        catch (StorageException e)
        {
            throw CliException.Failed(e.Message);
        }
    }

    private static LiteKioskDatabase OpenWritable(string directory)
    {
        try
        {
            return LiteKioskDatabase.Open(directory);
        }
        catch (StorageException e)
        {
            throw CliException.Failed(e.Message);
        }
    }
}
