using System.CommandLine;
using System.Globalization;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// <c>kiosk factory-reset [--yes] [--wipe-keys] [--backup-dir DIR]</c>: back to a first start.
/// The service must be stopped (as for <c>restore</c>): it holds the store open, and stopping it
/// from here would hide from the technician that the kiosk goes out of service. Nothing is removed
/// unless the backup was written: the store copied consistently (or, when it does not open, its
/// files as they are) and the configuration file beside it.
/// </summary>
public static class FactoryResetCommand
{
    /// <summary>The directory of device keys kept across a reset (issue 15: <c>./var/keys</c>).</summary>
    public const string KeysDirectory = "keys";

    /// <summary>The device key beside the configuration file (issue 15: <c>/etc/kiosk/device.key</c>).</summary>
    public const string DeviceKeyFile = "device.key";

    public static Command Create(CliSession session)
    {
        var t = session.Texts;
        var yes = new Option<bool>("--yes", "-y") { Description = t[CliText.OptYes] };
        var wipeKeys = new Option<bool>("--wipe-keys") { Description = t[CliText.OptWipeKeys] };
        var backupDir = new Option<DirectoryInfo>("--backup-dir") { Description = t[CliText.OptBackupDir] };
        var reset = new Command("factory-reset", t[CliText.FactoryReset]) { yes, wipeKeys, backupDir };
        reset.SetAction(async (parse, ct) =>
        {
            var confirmed = parse.GetValue(yes);
            CliConfirmation.RequireTerminalOrYes(session, confirmed, "kiosk factory-reset");
            if (session.ServiceRunning)
            {
                throw CliException.Failed(t.Format(CliText.ServiceRunningStopFirst, session.SocketPath));
            }

            var data = session.DataDirectory;
            var backup = parse.GetValue(backupDir)?.FullName
                ?? Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(data)) ?? data, $"kiosk-factory-reset-{TimeProvider.System.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}");
            if (IsInside(backup, data))
            {
                throw CliException.Usage(t.Format(CliText.FactoryResetBackupInside, backup));
            }

            var office = ConfigurationCheck.Office(session.Configuration);
            await CliConfirmation.ConfirmAsync(
                session,
                confirmed,
                t.Format(CliText.FactoryResetQuestion, office.Name, office.SiteCode, backup),
                answer => string.Equals(answer, office.SiteCode, StringComparison.Ordinal),
                ct);

            var plan = Plan(session, parse.GetValue(wipeKeys));
            if (plan.Remove.Count == 0)
            {
                await session.Output.WriteLineAsync(t.Format(CliText.FactoryResetNothing, data));
                return (int)ExitCode.Ok;
            }

            await session.Output.WriteLineAsync(t.Format(CliText.FactoryResetBackup, backup, string.Join(", ", Backup(session, backup))));
            foreach (var path in plan.Remove)
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }

            if (Directory.Exists(data))
            {
                DurableFile.SyncDirectory(data);
            }

            await session.Output.WriteLineAsync(t.Format(CliText.FactoryResetRemoved, string.Join(", ", plan.Remove)));
            if (plan.Keep.Count > 0)
            {
                await session.Output.WriteLineAsync(t.Format(CliText.FactoryResetKept, string.Join(", ", plan.Keep)));
            }

            await session.Output.WriteLineAsync(t.Format(CliText.FactoryResetDone, Path.Combine(backup, LiteKioskDatabase.FileName)));
            return (int)ExitCode.Ok;
        });
        return reset;
    }

    /// <summary>
    /// Everything in the data directory (store, its log, the initialisation marker, the numbering
    /// floor, the ballast, pending and printed files, the audit log) and the configuration file;
    /// the keys unless <paramref name="wipeKeys"/>.
    /// </summary>
    private static (List<string> Remove, List<string> Keep) Plan(CliSession session, bool wipeKeys)
    {
        var remove = new List<string>();
        var keep = new List<string>();
        var data = session.DataDirectory;
        if (Directory.Exists(data))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(data).Order(StringComparer.Ordinal))
            {
                (Path.GetFileName(entry) == KeysDirectory && !wipeKeys ? keep : remove).Add(entry);
            }
        }

        if (File.Exists(session.ConfigFile) && !IsInside(session.ConfigFile, data))
        {
            remove.Add(session.ConfigFile);
        }

        var deviceKey = Path.Combine(Path.GetDirectoryName(session.ConfigFile) ?? ".", DeviceKeyFile);
        if (File.Exists(deviceKey))
        {
            (wipeKeys ? remove : keep).Add(deviceKey);
        }

        return (remove, keep);
    }

    /// <summary>Writes the backup and says what it holds; throws (and nothing is removed) when it cannot.</summary>
    private static List<string> Backup(CliSession session, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var data = session.DataDirectory;
        var store = StoreFiles.Store(data);
        var target = Path.Combine(directory, LiteKioskDatabase.FileName);
        if (File.Exists(store))
        {
            try
            {
                // Opened as the service would (a log left by a crash is replayed), copied under its write gate.
                using (var db = LiteKioskDatabase.Open(data))
                {
                    db.BackupTo(target);
                }

                using (LiteKioskDatabase.OpenReadOnly(target))
                {
                }

                written.Add(string.Create(CultureInfo.InvariantCulture, $"{LiteKioskDatabase.FileName} ({new FileInfo(target).Length} bytes)"));
            }
            catch (Exception e) when (e is StorageException or StoreDamagedException || LiteKioskDatabase.IsReadFailure(e))
            {
                // A store that does not open is still someone's data: keep its bytes for `store repair`.
                foreach (var file in (string[])[store, StoreFiles.Log(data)])
                {
                    if (File.Exists(file))
                    {
                        File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
                        written.Add(Path.GetFileName(file));
                    }
                }

                written.Add(session.Texts.Format(CliText.FactoryResetRawCopy, e.Message));
            }
        }

        if (File.Exists(session.ConfigFile))
        {
            File.Copy(session.ConfigFile, Path.Combine(directory, Path.GetFileName(session.ConfigFile)), overwrite: true);
            written.Add(Path.GetFileName(session.ConfigFile));
        }

        DurableFile.SyncDirectory(directory);
        return written;
    }

    private static bool IsInside(string path, string directory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal);
    }
}
