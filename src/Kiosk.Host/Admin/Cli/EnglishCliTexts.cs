namespace Kiosk.Host.Admin.Cli;

/// <summary>The CLI in English (the default: technicians share logs and tickets in English).</summary>
public sealed class EnglishCliTexts : CliTexts
{
    public static readonly EnglishCliTexts Instance = new();

    private static readonly Dictionary<CliText, string> Words = new()
    {
        [CliText.Root] = "Kiosk service and technician tool. Without a command (or with 'run') it runs the service.",
        [CliText.Run] = "Run the kiosk service in the foreground (what systemd starts).",
        [CliText.Provision] = "Write this kiosk's configuration (/etc/kiosk/kiosk.json) from flags, a JSON file or prompts.",
        [CliText.Doctor] = "Check everything and print PASS, WARN or FAIL with a fix for each.",
        [CliText.Printer] = "Printer commands.",
        [CliText.PrinterTest] = "Print the technician test page.",
        [CliText.Ticket] = "Queue ticket commands.",
        [CliText.TicketShow] = "Show a ticket of today (A-017) or of a day (2026-11-23/A-017).",
        [CliText.Complaint] = "Complaint commands.",
        [CliText.ComplaintShow] = "Show a complaint with its personal data (NIK and phone masked unless --unmask).",
        [CliText.Sync] = "Upstream sync commands.",
        [CliText.SyncStatus] = "Show the sync state: pending events, last push and pull, last error.",
        [CliText.SyncNow] = "Push and pull now instead of waiting for the next round.",
        [CliText.Modem] = "GSM modem commands.",
        [CliText.ModemInfo] = "Show the modem: model, SIM, network, signal.",
        [CliText.ModemSend] = "Send an SMS from the kiosk's SIM.",
        [CliText.ModemUssd] = "Run a USSD code (e.g. *888# for the balance).",
        [CliText.Backup] = "Write a consistent copy of the store to FILE (also while the service runs).",
        [CliText.Store] = "Check or repair the store's files (service stopped).",
        [CliText.StoreCheck] = "Say whether the store reads, what it holds, today's last tickets, the marker and the numbering floor.",
        [CliText.StoreRepair] = "Copy what can be read into a new store; the damaged files are kept with a timestamp suffix.",
        [CliText.Restore] = "Replace the store with FILE (service stopped); the old one is kept as kiosk.db.before-restore.",
        [CliText.OptJson] = "Print JSON instead of lines.",
        [CliText.OptUnmask] = "Show the NIK and phone number in full.",
        [CliText.OptConfigFile] = "The configuration file to write (default: $KIOSK_CONFIG or /etc/kiosk/kiosk.json).",
        [CliText.OptFrom] = "Read the settings from this JSON file (same shape as kiosk.json).",
        [CliText.OptSiteCode] = "Kemendagri kecamatan code, e.g. 33.14.10.",
        [CliText.OptOfficeName] = "Office name printed on every ticket.",
        [CliText.OptTimezone] = "Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).",
        [CliText.OptVillage] = "A desa/kelurahan (repeat for each).",
        [CliText.OptService] = "A service as CODE=Name=English name=minutes (repeat for each).",
        [CliText.OptCategory] = "A complaint category as code=Name=English name (repeat for each).",
        [CliText.OptSmsNumber] = "The kiosk SIM's phone number, printed on tickets.",
        [CliText.OptPrinterTransport] = "virtual, usb, serial or tcp.",
        [CliText.OptPrinterDevice] = "Printer device file (usb, serial), e.g. /dev/usb/lp0.",
        [CliText.OptPrinterHost] = "Printer host or address (tcp).",
        [CliText.OptPaperWidth] = "58 or 80 (mm).",
        [CliText.OptModemPort] = "Modem serial device, e.g. /dev/kiosk-modem.",
        [CliText.OptUpstreamUrl] = "The regency upstream's https:// address.",
        [CliText.OptDeviceId] = "This device's id at the upstream.",
        [CliText.OptToken] = "This device's upstream token (never printed).",
        [CliText.OptDataDir] = "Data directory (kiosk.db, printed tickets).",
        [CliText.ArgCode] = "The code.",
        [CliText.ArgNumber] = "Phone number.",
        [CliText.ArgText] = "Message text.",
        [CliText.ArgUssd] = "USSD code.",
        [CliText.ArgFile] = "File.",
        [CliText.UsageError] = "Run '{0} --help' for usage.",
        [CliText.ServiceNotRunning] = "The kiosk service is not running (nothing answers on {0}). Start it: sudo systemctl start kiosk",
        [CliText.ServiceRunningStopFirst] = "The kiosk service is running (it answers on {0}); stop it first: sudo systemctl stop kiosk",
        [CliText.ConfigInvalid] = "The configuration is not valid:",
        [CliText.ConfigWritten] = "Configuration written to {0}. Apply it: sudo systemctl restart kiosk",
        [CliText.BackupWritten] = "Backup written to {0} ({1} bytes).",
        [CliText.Restored] = "Store restored from {0}; the previous one is kept as {1}.",
        [CliText.RestoreNothingToReplace] = "Store restored from {0} (there was no store before).",
        [CliText.TestPagePrinted] = "Test page printed.",
        [CliText.TestPageFailed] = "Test page not printed: {0}.",
        [CliText.RequestRefused] = "The service refused: {0}",
        [CliText.Prompt] = "{0}: ",
        [CliText.DoctorConfigOk] = "configuration valid ({0})",
        [CliText.DoctorConfigHint] = "fix the key named above with 'kiosk provision' or in {0}",
        [CliText.DoctorDataOk] = "{0} writable, {1} MB free",
        [CliText.DoctorDataNotWritable] = "{0} is not writable: {1}",
        [CliText.DoctorDataHint] = "sudo chown -R kiosk:kiosk {0}",
        [CliText.DoctorDiskLow] = "{0}: only {1} MB free",
        [CliText.DoctorDiskHint] = "free space on the SD card: old printer/ images, logs (journalctl --vacuum-size=50M)",
        [CliText.DoctorServiceOk] = "running, admin socket {0}",
        [CliText.DoctorServiceDown] = "not running (nothing answers on {0})",
        [CliText.DoctorServiceHint] = "sudo systemctl start kiosk; see why it stopped: journalctl -u kiosk -n 50",
        [CliText.DoctorStoreOk] = "{0} opens ({1} collections)",
        [CliText.DoctorStoreMissing] = "no store yet at {0}; the service creates it at its first start",
        [CliText.DoctorStoreFailed] = "{0}",
        [CliText.DoctorStoreHint] = "restore the last backup: sudo systemctl stop kiosk; kiosk restore FILE",
        [CliText.DoctorPrinterOk] = "{0} printer {1}",
        [CliText.DoctorPrinterProblem] = "{0} printer: {1}",
        [CliText.DoctorPrinterHint] = "check paper, cover, cable and power; then 'kiosk printer test'",
        [CliText.DoctorComponentHint] = "see journalctl -u kiosk -n 100",
        [CliText.DoctorSummaryOk] = "All checks passed.",
        [CliText.DoctorSummaryFailed] = "{0} check(s) failed.",
    };

    private EnglishCliTexts()
    {
    }

    protected override IReadOnlyDictionary<CliText, string> Strings => Words;

    internal static IReadOnlyCollection<CliText> Keys => Words.Keys;
}
