using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Core.Sms.Replies;
using Kiosk.Core.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Core.Tests.Sms.Inbox;

/// <summary>
/// Long messages over the store file. Regression: LiteDB's default mapper trims strings, so the space a
/// phone leaves at the end (or start) of a part was lost and words were glued at every join.
/// </summary>
public class MultipartMessageTests
{
    private const string Citizen = "+6281234500002";

    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    private static void Store(LiteKioskDatabase db, IReadOnlyList<string> parts)
    {
        var inbox = new LiteSmsInbox(db);
        for (var i = 0; i < parts.Count; i++)
        {
            inbox.Store(new InboundPart
            {
                Id = $"part-{i}",
                Sender = Citizen,
                Text = parts[i],
                SentAt = Time.GetUtcNow(),
                ReceivedAt = Time.GetUtcNow(),
                RawPdu = "00",
                Reference = 42,
                Total = parts.Count,
                Sequence = i + 1,
            });
        }
    }

    private static (InboxProcessor Processor, LiteSmsOutbox Outbox) Processor(Kiosk kiosk)
    {
        var outbox = new LiteSmsOutbox(kiosk.Db);
        var replies = new SmsReplies(Language.Id, kiosk.Office.TimeZone, kiosk.Office.Name);
        var dispatcher = new SmsDispatcher(kiosk.Office, kiosk.Queue, kiosk.ComplaintService, replies, new ReplyBudget(new InMemoryReplyLedger(), kiosk.Time, kiosk.Office.TimeZone));
        return (new InboxProcessor(new LiteSmsInbox(kiosk.Db), outbox, dispatcher, kiosk.Db, kiosk.Time, TimeSpan.FromMinutes(10)), outbox);
    }

    /// <summary>
    /// Ten parts with one space at each of the nine joins: after an even part it ends that part, after an
    /// odd part it starts the next, so both ends of a part are tested.
    /// </summary>
    private static List<string> TenParts()
    {
        var parts = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var words = (i == 0 ? "ADU " : "") + $"bagian{i} jalan rusak di dusun {i}";
            var leading = i % 2 == 0 && i > 0 ? " " : "";
            var trailing = i % 2 == 0 ? " " : "";
            parts.Add(leading + words + trailing);
        }

        return parts;
    }

    [Fact]
    public void A_space_at_every_part_boundary_survives_the_store_file()
    {
        using var directory = new TempDirectory();
        var parts = TenParts();
        using (var kiosk = Kiosk.OnFile(directory.Path, Time))
        {
            Store(kiosk.Db, parts);
        }

        using var reopened = Kiosk.OnFile(directory.Path, Time);
        var message = Assert.Single(SmsAssembler.Ready(new LiteSmsInbox(reopened.Db).Pending(), Time.GetUtcNow(), TimeSpan.FromMinutes(10)));

        Assert.Equal(string.Concat(parts).Trim(), message.Text);
        for (var i = 1; i < 10; i++)
        {
            Assert.Contains($"dusun {i - 1} bagian{i}", message.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_ten_part_complaint_is_filed_whole_from_the_store_file()
    {
        using var directory = new TempDirectory();
        var parts = TenParts();
        using (var kiosk = Kiosk.OnFile(directory.Path, Time))
        {
            Store(kiosk.Db, parts);
        }

        using var reopened = Kiosk.OnFile(directory.Path, Time);
        var dispatch = Assert.IsType<SmsDispatch.Reply>(Assert.Single(Processor(reopened).Processor.ProcessPending()));

        var complaint = Assert.Single(reopened.Db.Database.GetCollection(LiteKioskDatabase.Complaints).FindAll());
        Assert.Equal(string.Concat(parts).Trim()[4..], complaint["Description"].AsString);
        Assert.StartsWith("Aduan Anda diterima", dispatch.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_strings_stay_empty_in_the_store_file()
    {
        using var directory = new TempDirectory();
        using (var kiosk = Kiosk.OnFile(directory.Path, Time))
        {
            Store(kiosk.Db, [""]);
        }

        using var reopened = Kiosk.OnFile(directory.Path, Time);

        Assert.Equal(string.Empty, Assert.Single(new LiteSmsInbox(reopened.Db).Pending()).Text);
    }

    [Fact]
    public void An_eleven_part_message_gets_one_clear_reply_and_nothing_is_filed()
    {
        using var kiosk = Kiosk.InMemory();
        var parts = TenParts();
        parts.Add(" bagian terakhir");
        Store(kiosk.Db, parts);
        var (processor, outbox) = Processor(kiosk);

        var dispatch = Assert.IsType<SmsDispatch.Reply>(Assert.Single(processor.ProcessPending()));

        Assert.Equal(0, kiosk.Db.Database.GetCollection(LiteKioskDatabase.Complaints).Count());
        Assert.Contains("10 SMS", dispatch.Text, StringComparison.Ordinal);
        Assert.Single(outbox.Due(DateTimeOffset.MaxValue, 10));
        Assert.Empty(new LiteSmsInbox(kiosk.Db).Pending());
        Assert.Empty(processor.ProcessPending());
    }
}
