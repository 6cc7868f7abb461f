using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Replies;

namespace Kiosk.Core.Tests.Sms;

/// <summary>Inputs the fuzz test found crashing the dispatcher, each pinned down by name.</summary>
public class SmsDispatcherOddSenderTests
{
    private static (Kiosk Kiosk, SmsDispatcher Dispatcher) Create()
    {
        var kiosk = Kiosk.InMemory();
        var replies = new SmsReplies(Language.Id, kiosk.Office.TimeZone, kiosk.Office.Name);
        var budget = new ReplyBudget(new InMemoryReplyLedger(), kiosk.Time, kiosk.Office.TimeZone);
        return (kiosk, new SmsDispatcher(kiosk.Office, kiosk.Queue, kiosk.ComplaintService, replies, budget));
    }

    [Fact]
    public void A_foreign_sender_can_file_a_complaint_and_take_a_ticket_which_keep_no_phone()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        var complaint = Assert.IsType<SmsDispatch.Reply>(dispatcher.Handle("+15550100123", "LAPOR jalan desa rusak berat sejak banjir"));
        var ticket = Assert.IsType<SmsDispatch.Reply>(dispatcher.Handle("+15550100123", "ANTRI A"));

        Assert.Matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]", complaint.Text);
        Assert.Contains("A-001", ticket.Text, StringComparison.Ordinal);
        Assert.Empty(kiosk.Queue.WaitingRemote()); // only tickets with a phone to text are listed
    }

    [Fact]
    public void A_complaint_with_half_an_emoji_is_stored_with_a_replacement_character()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        var reply = Assert.IsType<SmsDispatch.Reply>(dispatcher.Handle("081234500001", "LAPOR jalan desa rusak berat \uD83D"));

        Assert.Matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]", reply.Text);
    }

    [Fact]
    public void Control_characters_do_not_count_towards_a_complaints_minimum_length()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        var reply = Assert.IsType<SmsDispatch.Reply>(dispatcher.Handle("081234500001", "LAPOR rusak\u0001\u0002\u0003\u0004\u0005\u0006\u0007"));

        Assert.Contains("10", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, kiosk.Outbox.Count().Pending);
    }
}
