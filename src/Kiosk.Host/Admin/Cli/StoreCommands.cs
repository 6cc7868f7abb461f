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
            CheckBackupTarget(session, target);
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
                BackupStopped(session, partial);
            }

            Verify(partial);
            ServiceAccount.FromEnvironment(session.Environment).GiveGroupRead(partial);
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

            var directory = session.DataDirectory;
            var store = Path.Combine(directory, LiteKioskDatabase.FileName);
            switch (ReadableFile.Of(source))
            {
                case ReadableFileState.Folder:
                    throw new CliException(ExitCode.NoInput, session.Texts.Format(CliText.InputIsAFolder, source));
                case ReadableFileState.Missing:
                    throw new CliException(ExitCode.NoInput, session.Texts.Format(CliText.NoSuchFile, source));
                case ReadableFileState.NotPermitted:
                    throw new CliException(ExitCode.NoPermission, session.Texts.Format(CliText.NotPermittedToRead, source));
            }

            if (SamePath(source, store) || SamePath(source, Path.Combine(directory, LogFileName)))
            {
                throw CliException.Usage(session.Texts.Format(CliText.RestoreFromItself, source));
            }

            Verify(source);
            var account = ServiceAccount.FromEnvironment(session.Environment);
            if (!Directory.Exists(directory))
            {
                Directory.CreateDirectory(directory);
                account.GiveStore(directory);
            }
            var incoming = store + ".restoring";
            File.Copy(source, incoming, overwrite: true);
            await using (var flush = new FileStream(incoming, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                flush.Flush(flushToDisk: true);
            }

            // The old store is kept beside; never over the very file being restored (`kiosk restore kiosk.db.before-restore` undoes a restore).
            var kept = store + BeforeRestoreSuffix;
            if (SamePath(source, kept))
            {
                kept += "." + TimeProvider.System.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            }

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

            account.GiveStore(incoming);

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

    /// <summary>Refuses a file that does not open as a kiosk store (exit 65); opened read-only, it is never written.</summary>
    private static void Verify(string file)
    {
        try
        {
            using var db = LiteKioskDatabase.OpenReadOnly(file);
        }
        catch (StorageException e)
        {
            throw new CliException(ExitCode.DataError, e.Message);
        }
    }

    /// <summary>A target in a folder that exists, not a folder itself, and not one of the store's own files.</summary>
    private static void CheckBackupTarget(CliSession session, string target)
    {
        var t = session.Texts;
        if (Directory.Exists(target))
        {
            throw new CliException(ExitCode.CannotCreate, t.Format(CliText.BackupTargetIsAFolder, target, Path.Combine(target, $"kiosk-{TimeProvider.System.GetUtcNow():yyyyMMdd}.db")));
        }

        if (Path.GetDirectoryName(target) is { } folder && !Directory.Exists(folder))
        {
            throw new CliException(ExitCode.CannotCreate, t.Format(CliText.BackupFolderMissing, folder));
        }

        var directory = session.DataDirectory;
        if (SamePath(target, Path.Combine(directory, LiteKioskDatabase.FileName)) || SamePath(target, Path.Combine(directory, LogFileName)))
        {
            throw CliException.Usage(t.Format(CliText.BackupOverStore, target));
        }
    }

    /// <summary>
    /// The stopped store copied with its log into a scratch folder beside the backup, opened there (the
    /// log replayed into the copy) and backed up: the data directory's files stay byte for byte as they were.
    /// </summary>
    private static void BackupStopped(CliSession session, string partial)
    {
        var directory = session.DataDirectory;
        var store = Path.Combine(directory, LiteKioskDatabase.FileName);
        if (!File.Exists(store))
        {
            throw new CliException(ExitCode.NoInput, session.Texts.Format(CliText.NoStoreToBackUp, store));
        }

        var scratch = partial + ".d";
        Directory.CreateDirectory(scratch);
        try
        {
            File.Copy(store, Path.Combine(scratch, LiteKioskDatabase.FileName));
            var log = Path.Combine(directory, LogFileName);
            if (File.Exists(log))
            {
                File.Copy(log, Path.Combine(scratch, LogFileName));
            }

            try
            {
                using var db = LiteKioskDatabase.Open(scratch);
                db.BackupTo(partial);
            }
            catch (StorageException e)
            {
                throw new CliException(ExitCode.DataError, e.Message.Replace(scratch, directory, StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
