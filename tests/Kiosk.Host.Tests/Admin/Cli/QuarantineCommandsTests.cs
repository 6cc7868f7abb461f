using Kiosk.Core.Storage;
using Kiosk.Host.Admin;
using Kiosk.Host.Admin.Cli;
using Kiosk.Host.Sync;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary>
/// <c>kiosk sync quarantine list | retry | drop</c> (issue 16) against the running service: what each
/// shows and changes, what it asks, and what it writes to the journal and the audit log.
/// </summary>
public sealed class QuarantineCommandsTests : IAsyncLifetime
{
    private const string Reason = "rejected: invalid_event unknown service";
    private readonly ListLogger<SyncQuarantine> _journal = new();
    private KioskServer? _server;
    private Guid _event;

    private KioskServer Server => _server!;

    private IOutbox Outbox => Server.Services.GetRequiredService<IOutbox>();

    private Dictionary<string, string?> Environment
    {
        get
        {
            var environment = CliRun.Environment(Server.DataDirectory);
            environment["USER"] = "teknisi";
            return environment;
        }
    }

    public async Task InitializeAsync()
    {
        _server = await KioskServer.StartWithAsync(s => s.AddSingleton<ILogger<SyncQuarantine>>(_journal));
        await Server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        _event = Outbox.Pending(1)[0].Id;
        Outbox.Quarantine(_event, Reason, DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task List_shows_each_event_with_its_kind_record_reason_and_attempts()
    {
        var run = await CliRun.RunAsync(Environment, "sync", "quarantine", "list");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{_event}  ticket.issued  ticket ", run.Output, StringComparison.Ordinal);
        Assert.Contains("attempts 1  " + Reason, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_by_an_id_prefix_puts_the_event_back_in_the_queue_and_notes_it()
    {
        var run = await CliRun.RunAsync(Environment, "sync", "quarantine", "retry", _event.ToString()[..8]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new OutboxCounts(1, 0, 0), Outbox.Count());
        Assert.Contains($"Event {_event} is back in the sync queue", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, _journal.Count($"{_event} put back in the queue (1 event(s)) by teknisi"));
        Assert.Contains($"sync.quarantine.retry by=teknisi event={_event}", await File.ReadAllTextAsync(AuditFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drop_in_a_script_without_yes_refuses_with_exit_2_and_changes_nothing()
    {
        var run = await CliRun.RunAsync(Environment, "sync", "quarantine", "drop", _event.ToString());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("add --yes", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, Outbox.Count().Quarantined);
        Assert.False(File.Exists(AuditFile));
    }

    [Fact]
    public async Task Drop_asks_first_and_an_answer_other_than_yes_changes_nothing()
    {
        var (code, output, error) = await InteractiveAsync("tidak\n", "sync", "quarantine", "drop", _event.ToString());

        Assert.Equal(1, code);
        Assert.Contains("Ketik 'ya' untuk membuang", error, StringComparison.Ordinal);
        Assert.Contains("tidak ada yang diubah", error, StringComparison.Ordinal);
        Assert.Equal(1, Outbox.Count().Quarantined);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Drop_confirmed_gives_the_event_up_and_writes_the_journal_and_the_audit_log()
    {
        var (code, output, error) = await InteractiveAsync("ya\n", "sync", "quarantine", "drop", _event.ToString());

        Assert.True(code == 0, error);
        Assert.Equal(new OutboxCounts(0, 0, 0), Outbox.Count());
        Assert.Contains("dibuang", output, StringComparison.Ordinal);
        var warning = Assert.Single(_journal.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains($"{_event} (ticket.issued of ticket", warning.Message, StringComparison.Ordinal);
        Assert.Contains("dropped by teknisi", warning.Message, StringComparison.Ordinal);
        var audit = await File.ReadAllTextAsync(AuditFile);
        Assert.Contains($"sync.quarantine.drop by=teknisi event={_event} type=ticket.issued", audit, StringComparison.Ordinal);
        Assert.Contains($"reason=\"{Reason}\"", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drop_with_yes_needs_no_terminal()
    {
        var run = await CliRun.RunAsync(Environment, "sync", "quarantine", "drop", "--yes", _event.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(Outbox.Quarantined());
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("abc")]
    [InlineData("zzzzzzzz")]
    public async Task An_id_that_names_no_quarantined_event_exits_1_and_changes_nothing(string id)
    {
        var run = await CliRun.RunAsync(Environment, "sync", "quarantine", "retry", id);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"No quarantined event has the id '{id}'", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, Outbox.Count().Quarantined);
    }

    [Fact]
    public async Task A_stopped_kiosk_lists_from_its_store_but_retry_and_drop_need_the_service()
    {
        await Server.StopAsync();

        var list = await CliRun.RunAsync(Environment, "sync", "quarantine", "list");
        var retry = await CliRun.RunAsync(Environment, "sync", "quarantine", "retry", _event.ToString());
        var drop = await CliRun.RunAsync(Environment, "sync", "quarantine", "drop", "--yes", _event.ToString());

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(Reason, list.Output, StringComparison.Ordinal);
        Assert.Equal((3, 3), (retry.ExitCode, drop.ExitCode));
        Assert.Contains("systemctl start kiosk", retry.Error, StringComparison.Ordinal);
        Directory.Delete(Server.DataDirectory, recursive: true);
    }

    private string AuditFile => Path.Combine(Server.DataDirectory, AuditLog.FileName);

    private async Task<(int Code, string Output, string Error)> InteractiveAsync(string answer, params string[] args)
    {
        var environment = Environment;
        environment["LANG"] = "id_ID.UTF-8";
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(answer);
        var code = await KioskCli.RunAsync(args, output, error, environment, CancellationToken.None, input, interactive: true);
        return (code, output.ToString(), error.ToString());
    }
}
