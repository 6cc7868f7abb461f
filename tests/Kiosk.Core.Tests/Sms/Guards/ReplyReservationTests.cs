using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Core.Sms.Replies;
using Kiosk.Core.Storage.LiteDb;

namespace Kiosk.Core.Tests.Sms.Guards;

/// <summary>
/// Regression: the per-number budget was counted when a reply was sent, so a burst of different messages
/// from one number, all handled before the first reply went out, got 6-7 replies against a limit of 5.
/// </summary>
public class ReplyReservationTests
{
    private const string Citizen = "+6281234500003";

    [Fact]
    public void Twelve_messages_from_one_number_within_an_hour_get_exactly_the_limit_of_replies()
    {
        using var kiosk = Kiosk.InMemory();
        var inbox = new LiteSmsInbox(kiosk.Db);
        var outbox = new LiteSmsOutbox(kiosk.Db);
        var budget = new ReplyBudget(new LiteReplyLedger(kiosk.Db), kiosk.Time, kiosk.Office.TimeZone);
        var dispatcher = new SmsDispatcher(kiosk.Office, kiosk.Queue, kiosk.ComplaintService, new SmsReplies(Language.Id, kiosk.Office.TimeZone, kiosk.Office.Name), budget);
        var processor = new InboxProcessor(inbox, outbox, dispatcher, kiosk.Db, kiosk.Time, TimeSpan.FromMinutes(10));
        for (var i = 0; i < 12; i++)
        {
            inbox.Store(new InboundPart { Id = $"m{i}", Sender = Citizen, Text = $"ADU lampu jalan nomor {i} di Desa Tangkil mati", SentAt = kiosk.Time.GetUtcNow(), ReceivedAt = kiosk.Time.GetUtcNow(), RawPdu = "00" });
            if (i % 4 == 3)
            {
                processor.ProcessPending(); // three rounds of the gateway loop, no reply sent yet in between
                kiosk.Time.Advance(TimeSpan.FromMinutes(5));
            }
        }

        Assert.Equal(ReplyLimits.Default.PerNumberPerHour, outbox.Due(DateTimeOffset.MaxValue, 100).Count);
        Assert.Equal(12, kiosk.Db.Database.GetCollection(LiteKioskDatabase.Complaints).Count()); // every complaint is filed
        Assert.Equal(0, budget.RemainingToday() - (ReplyLimits.Default.DailyBudget - ReplyLimits.Default.PerNumberPerHour));
    }

    [Fact]
    public void The_budget_frees_up_an_hour_after_the_reservation()
    {
        using var kiosk = Kiosk.InMemory();
        var budget = new ReplyBudget(new InMemoryReplyLedger(), kiosk.Time, kiosk.Office.TimeZone, new ReplyLimits(PerNumberPerHour: 2));

        Assert.IsType<ReplyDecision.Allowed>(budget.TryReserve(Citizen));
        Assert.IsType<ReplyDecision.Allowed>(budget.TryReserve(Citizen));
        Assert.IsType<ReplyDecision.Denied>(budget.TryReserve(Citizen));
        kiosk.Time.Advance(ReplyBudget.PerNumberWindow + TimeSpan.FromSeconds(1));

        Assert.IsType<ReplyDecision.Allowed>(budget.TryReserve(Citizen));
    }

    [Theory]
    [InlineData("+15550100123", SenderKind.Foreign)]
    [InlineData("+60123456789", SenderKind.Foreign)]
    [InlineData("(021) 5551234", SenderKind.NotMobile)]
    [InlineData("+621234567", SenderKind.NotMobile)]
    public void Foreign_and_non_mobile_numbers_are_not_answered_unless_allowed(string sender, SenderKind kind)
    {
        using var kiosk = Kiosk.InMemory();
        var strict = new ReplyBudget(new InMemoryReplyLedger(), kiosk.Time, kiosk.Office.TimeZone);
        var allowing = new ReplyBudget(new InMemoryReplyLedger(), kiosk.Time, kiosk.Office.TimeZone, allowedSenders: [sender]);

        Assert.Equal(new ReplyDecision.Denied(ReplyDenialReason.NotAPerson, kind), strict.TryReserve(sender));
        Assert.IsType<ReplyDecision.Allowed>(allowing.TryReserve(sender));
    }
}
