using Kiosk.Core.Configuration;
using Kiosk.Core.Identity;
using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Host.Admin;
using Kiosk.Host.Admin.Cli;

namespace Kiosk.Host.Tests.Admin.Cli;

/// <summary>
/// <c>kiosk sms log</c> (issue 16): in and out, newest last, numbers masked and only the start of
/// each text, through the running service or from a stopped kiosk's store.
/// </summary>
public class SmsLogTests
{
    private const string LongReply = "Pengaduan K7M2-9QXD-3: status DIPROSES oleh Dinas Sosial Kabupaten Sragen.";

    [Fact]
    public async Task Sms_log_through_the_service_lists_in_and_out_oldest_first_masked_and_cut()
    {
        await using var server = await KioskServer.StartAsync();
        Seed(server.Services.GetRequiredService<ISmsInbox>(), server.Services.GetRequiredService<ISmsOutbox>(), DateTimeOffset.UtcNow);

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "sms", "log");

        AssertTheFourMessages(run);
    }

    [Fact]
    public async Task Sms_log_reads_a_stopped_kiosks_store()
    {
        var data = CliRun.TempDirectory("sms-stopped");
        using (var db = LiteKioskDatabase.Open(data))
        {
            Seed(new LiteSmsInbox(db), new LiteSmsOutbox(db), DateTimeOffset.UtcNow);
        }

        var run = await CliRun.RunAsync(CliRun.Environment(data), "sms", "log");

        AssertTheFourMessages(run);
    }

    [Fact]
    public async Task Number_since_and_limit_narrow_the_list()
    {
        await using var server = await KioskServer.StartAsync();
        Seed(server.Services.GetRequiredService<ISmsInbox>(), server.Services.GetRequiredService<ISmsOutbox>(), DateTimeOffset.UtcNow);
        var environment = CliRun.Environment(server.DataDirectory);

        var number = await CliRun.RunAsync(environment, "sms", "log", "--number", "0812-3456-7890");
        var since = await CliRun.RunAsync(environment, "sms", "log", "--since", "1h");
        var limit = await CliRun.RunAsync(environment, "sms", "log", "--limit", "1");

        Assert.Equal(2, MessageLines(number).Count);
        Assert.All(MessageLines(number), l => Assert.Contains("0812******90", l, StringComparison.Ordinal));
        Assert.Equal(["ANTRI A", "Nomor antrian Anda A-004"], MessageLines(since).Select(l => l.EndsWith("ANTRI A", StringComparison.Ordinal) ? "ANTRI A" : l[^24..]));
        Assert.EndsWith("Nomor antrian Anda A-004", Assert.Single(MessageLines(limit)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "kemarin", "'kemarin' is not a duration")]
    [InlineData("--since", "2026-13-40", "'2026-13-40' is not a duration")]
    [InlineData("--limit", "0", "--limit must be a number from 1 to 1000")]
    [InlineData("--limit", "5000", "--limit must be a number from 1 to 1000")]
    [InlineData("--number", "budi", "'budi' is not a phone number")]
    public async Task Bad_filters_are_usage_errors_that_say_what_is_accepted(string option, string value, string message)
    {
        var run = await CliRun.RunAsync(CliRun.Environment(CliRun.TempDirectory("sms-bad")), "sms", "log", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_period_says_so_and_exits_0()
    {
        await using var server = await KioskServer.StartAsync();

        var run = await CliRun.RunAsync(CliRun.Environment(server.DataDirectory), "sms", "log", "--since", "30m");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("No SMS in this period.", run.Output.Trim());
    }

    [Theory]
    [InlineData("90m", "2026-12-04T01:30:00Z")]
    [InlineData("1h30m", "2026-12-04T01:30:00Z")]
    [InlineData("2d", "2026-12-02T03:00:00Z")]
    [InlineData("2026-12-04", "2026-12-03T17:00:00Z")]
    [InlineData("2026-12-04 08:00", "2026-12-04T01:00:00Z")]
    [InlineData("2026-12-04T08:00:00+08:00", "2026-12-04T00:00:00Z")]
    [InlineData("2026-12-04T08:00:00Z", "2026-12-04T08:00:00Z")]
    public void Since_takes_a_duration_an_office_date_or_an_instant(string text, string expected)
    {
        var office = OfficeProfile.From(TestOffice.Options());
        var now = new DateTimeOffset(2026, 12, 4, 3, 0, 0, TimeSpan.Zero);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SmsCommands.ParseSince(text, office, now));
    }

    [Theory]
    [InlineData("+6281234567890", "0812******90")]
    [InlineData("081234567890", "0812******90")]
    [InlineData("+628571234567", "0857*****67")]
    [InlineData("TELKOMSEL", "TELKOMSEL")]
    [InlineData("3636", "3636")]
    public void Numbers_show_their_first_4_and_last_2_digits_and_names_and_short_codes_as_they_are(string number, string shown) =>
        Assert.Equal(shown, PhoneNumber.MaskNational(number));

    private static void Seed(ISmsInbox inbox, ISmsOutbox outbox, DateTimeOffset now)
    {
        inbox.Store(new InboundPart
        {
            Id = "in-1",
            Sender = "+6281234567890",
            Text = "STATUS K7M2-9QXD-3",
            SentAt = now.AddHours(-3),
            ReceivedAt = now.AddHours(-3),
            RawPdu = "00",
            State = InboundState.Processed,
        });
        outbox.Enqueue(new OutgoingSms
        {
            Id = "reply:in-1",
            To = "+6281234567890",
            Text = LongReply,
            Kind = OutgoingSmsKind.Reply,
            QueuedAt = now.AddHours(-3).AddSeconds(5),
            State = OutgoingSmsState.Sent,
            SentAt = now.AddHours(-3).AddSeconds(6),
            Attempts = 1,
            MessageReference = 12,
        });
        inbox.Store(new InboundPart
        {
            Id = "in-2",
            Sender = "+6285700001122",
            Text = "ANTRI A",
            SentAt = now.AddMinutes(-10),
            ReceivedAt = now.AddMinutes(-10),
            RawPdu = "00",
        });
        outbox.Enqueue(new OutgoingSms
        {
            Id = "reply:in-2",
            To = "+6285700001122",
            Text = "Nomor antrian Anda A-004",
            Kind = OutgoingSmsKind.Reply,
            QueuedAt = now.AddMinutes(-9),
            Attempts = 2,
            LastError = "+CMS ERROR: 500",
        });
    }

    private static void AssertTheFourMessages(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("time (WIB)", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  in   0812\*{6}90\s+handled\s+STATUS K7M2-9QXD-3$", lines[1]);
        Assert.Contains("out  0812******90    sent (ref 12)  " + LongReply[..SmsLogView.TextShown] + "…", lines[2], StringComparison.Ordinal);
        Assert.Contains("in   0857******22    received   ANTRI A", lines[3], StringComparison.Ordinal);
        Assert.Contains("out  0857******22    retrying (+CMS ERROR: 500 (attempt 2))  Nomor antrian Anda A-004", lines[4], StringComparison.Ordinal);
        Assert.DoesNotContain("1234567890", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kabupaten Sragen", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The message lines (after the header).</summary>
    private static List<string> MessageLines(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        return [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)];
    }
}
