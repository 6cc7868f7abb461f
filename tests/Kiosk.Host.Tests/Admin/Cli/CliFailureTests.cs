using System.Net.Sockets;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Admin.Cli;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary>What each failing command tells the technician: one line and a sysexits code, never a stack trace.</summary>
public class CliFailureTests
{
    private const string StackFrame = "   at ";

    [Fact]
    public async Task Backup_into_a_folder_that_does_not_exist_exits_73_with_one_line_as_a_real_process()
    {
        var data = CliRun.TempDirectory("backup-nodir");
        LiteKioskDatabase.Open(data).Dispose();

        var run = await CliRun.RunProcessAsync(CliRun.Environment(data), "backup", "/no/such/dir/x");

        Assert.True(run.ExitCode == (int)ExitCode.CannotCreate, run.ToString());
        Assert.Equal("kiosk: the folder /no/such/dir does not exist: create it first (mkdir -p /no/such/dir) or choose another.", run.Error.Trim());
        Assert.False(File.Exists("/no/such/dir/x.partial"));
    }

    [Fact]
    public async Task Backup_onto_a_folder_exits_73_suggesting_a_file_name()
    {
        var data = CliRun.TempDirectory("backup-folder");
        LiteKioskDatabase.Open(data).Dispose();

        var run = await CliRun.RunAsync(CliRun.Environment(data), "backup", Path.GetTempPath());

        Assert.Equal((int)ExitCode.CannotCreate, run.ExitCode);
        Assert.Contains("is a folder: give a file name, e.g. ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(StackFrame, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_over_the_store_itself_is_refused_with_exit_2_and_the_store_untouched()
    {
        var data = CliRun.TempDirectory("backup-self");
        LiteKioskDatabase.Open(data).Dispose();
        var store = Path.Combine(data, LiteKioskDatabase.FileName);
        var before = await File.ReadAllBytesAsync(store);

        var run = await CliRun.RunAsync(CliRun.Environment(data), "backup", store);

        Assert.Equal((int)ExitCode.Usage, run.ExitCode);
        Assert.Contains("is one of the store's own files", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(store));
    }

    [Fact]
    public async Task Backup_of_a_stopped_kiosk_without_a_store_exits_66_and_creates_none()
    {
        var data = CliRun.TempDirectory("backup-nostore");
        Directory.CreateDirectory(data);
        var target = Path.Combine(data, "copy.db");

        var run = await CliRun.RunAsync(CliRun.Environment(data), "backup", target);

        Assert.Equal((int)ExitCode.NoInput, run.ExitCode);
        Assert.Contains("there is no store to back up", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, LiteKioskDatabase.FileName)));
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData("missing", "not found: ")]
    [InlineData("folder", "is a folder, not a backup file")]
    public async Task Restore_from_a_missing_file_or_a_folder_exits_66_with_one_line(string what, string says)
    {
        var data = CliRun.TempDirectory("restore-noinput");
        Directory.CreateDirectory(data);
        var source = what == "folder" ? data : Path.Combine(data, "no-such-backup.db");

        var run = await CliRun.RunAsync(CliRun.Environment(data), "restore", source);

        Assert.Equal((int)ExitCode.NoInput, run.ExitCode);
        Assert.Contains(says, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Store_repair_of_a_data_directory_that_cannot_exist_exits_66_with_one_line()
    {
        var environment = CliRun.Environment("/proc/kiosk-no-data-here");

        var run = await CliRun.RunProcessAsync(environment, "store", "repair");

        Assert.True(run.ExitCode == (int)ExitCode.NoInput, run.ToString());
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain(StackFrame, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_socket_that_hangs_up_mid_call_exits_3_with_one_line()
    {
        var data = CliRun.TempDirectory("hangup");
        Directory.CreateDirectory(data);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(Path.Combine(data, "admin.sock")));
        listener.Listen();
        using var stop = new CancellationTokenSource();
        // Accepts every connection and closes it at once: the service dying between the check and the call.
        var hangUp = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var connection = await listener.AcceptAsync(stop.Token);
                connection.Close();
            }
        });

        var run = await CliRun.RunAsync(CliRun.Environment(data), "sync", "status");
        await stop.CancelAsync();

        Assert.Equal((int)ExitCode.ServiceNotRunning, run.ExitCode);
        Assert.Contains("the service stopped answering on " + Path.Combine(data, "admin.sock"), run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hangUp);
    }

    [Fact]
    public async Task An_unexpected_error_is_one_line_naming_a_log_file_under_the_data_directory_that_holds_the_details()
    {
        var data = CliRun.TempDirectory("crash");
        Directory.CreateDirectory(data);
        using var error = new StringWriter();
        var session = new CliSession(TextWriter.Null, error, CliRun.Environment(data));

        var code = await CliFailure.ReportAsync(session, ["provision", "--token", "s3cr3t-token-abcdefghijklmnop"], new InvalidOperationException("the unexpected"));

        Assert.Equal((int)ExitCode.Software, code);
        var line = Assert.Single(error.ToString().Trim().Split('\n'));
        var log = line[(line.LastIndexOf("Details: ", StringComparison.Ordinal) + "Details: ".Length)..].Trim();
        Assert.StartsWith(Path.Combine(data, "log", "kiosk-cli-"), log, StringComparison.Ordinal);
        var details = await File.ReadAllTextAsync(log);
        Assert.Contains("System.InvalidOperationException: the unexpected", details, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_error_logs_to_the_fallback_folder_when_the_data_directory_cannot_be_written()
    {
        var fallback = CliRun.TempDirectory("crash-fallback");
        var environment = CliRun.Environment("/proc/kiosk-no-data-here");
        environment[CliFailure.FallbackLogDirectoryVariable] = fallback;
        using var error = new StringWriter();

        var code = await CliFailure.ReportAsync(new CliSession(TextWriter.Null, error, environment), ["doctor"], new InvalidOperationException("boom"));

        Assert.Equal((int)ExitCode.Software, code);
        Assert.Contains("Details: " + Path.Combine(fallback, "kiosk-cli-"), error.ToString(), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(fallback, "kiosk-cli-*.log"));
    }
}
