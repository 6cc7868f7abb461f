using Kiosk.Core.Complaints;
using Kiosk.Core.Queue;
using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Replies;

namespace Kiosk.Core.Tests.Sms;

public class SmsDispatcherTests
{
    private const string Citizen = "081234500001";
    private const string CitizenE164 = "+6281234500001";

    private static (Kiosk Kiosk, SmsDispatcher Dispatcher) Create(ReplyLimits? limits = null)
    {
        var (kiosk, dispatcher, _) = CreateWithBudget(limits);
        return (kiosk, dispatcher);
    }

    private static (Kiosk Kiosk, SmsDispatcher Dispatcher, ReplyBudget Budget) CreateWithBudget(ReplyLimits? limits = null)
    {
        var kiosk = Kiosk.InMemory();
        var replies = new SmsReplies(Language.Id, kiosk.Office.TimeZone, kiosk.Office.Name);
        var budget = new ReplyBudget(new InMemoryReplyLedger(), kiosk.Time, kiosk.Office.TimeZone, limits);
        return (kiosk, new SmsDispatcher(kiosk.Office, kiosk.Queue, kiosk.ComplaintService, replies, budget), budget);
    }

    private static string ReplyText(SmsDispatch dispatch) => Assert.IsType<SmsDispatch.Reply>(dispatch).Text;

    [Fact]
    public void ADU_files_a_complaint_from_the_sender_and_replies_with_its_tracking_code()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        var reply = Assert.IsType<SmsDispatch.Reply>(dispatcher.Handle(Citizen, "adu#Jalan desa rusak berat sejak banjir"));

        var code = System.Text.RegularExpressions.Regex.Match(reply.Text, "[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]").Value;
        var complaint = kiosk.ComplaintService.Find(TrackingCode.Parse(code).Code!.Value)!;
        Assert.Equal(CitizenE164, reply.To);
        Assert.Equal(("Jalan desa rusak berat sejak banjir", CitizenE164, Channel.Sms), (complaint.Description, complaint.Phone, complaint.Channel));
        Assert.Equal(ComplaintService.UnspecifiedVillage, complaint.Village);
        Assert.Equal("bansos", complaint.Category);
    }

    [Fact]
    public void A_too_short_complaint_is_not_filed_and_says_the_minimum()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        var text = ReplyText(dispatcher.Handle(Citizen, "LAPOR rusak"));

        Assert.Contains("10", text, StringComparison.Ordinal);
        Assert.Equal(0, kiosk.Outbox.Count().Pending);
    }

    [Fact]
    public void CEK_answers_the_status_without_personal_data_and_a_typo_as_mistyped()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;
        var complaint = kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Desa Tangkil", "Rahasia pribadi saya", "Sri", "3314105708900003", "081299999999"));
        var code = complaint.TrackingCode.Compact;
        var typo = code[..^1] + (code[^1] == '7' ? '8' : '7');

        var status = ReplyText(dispatcher.Handle(Citizen, "cek " + code.ToLowerInvariant()));
        var mistyped = ReplyText(dispatcher.Handle(Citizen, "CEK " + typo));
        var bare = ReplyText(dispatcher.Handle(Citizen, complaint.TrackingCode.Grouped));

        Assert.Contains("DITERIMA", status, StringComparison.Ordinal);
        Assert.Contains(complaint.TrackingCode.Grouped, status, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahasia", status, StringComparison.Ordinal);
        Assert.DoesNotContain("Sri", status, StringComparison.Ordinal);
        Assert.Contains("salah ketik", mistyped, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(status, bare);
    }

    [Fact]
    public void ANTRI_takes_a_remote_ticket_once_and_BATAL_cancels_only_ones_own()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;
        kiosk.Queue.Issue(new TicketRequest("B"));

        var taken = ReplyText(dispatcher.Handle(Citizen, "ANTRI B"));
        var again = ReplyText(dispatcher.Handle(Citizen, "antri sosial"));
        var stranger = ReplyText(dispatcher.Handle("081277777777", "BATAL B-002"));
        Assert.Equal(TicketState.Waiting, kiosk.Queue.Find("B-002")!.State);
        var cancelled = ReplyText(dispatcher.Handle(Citizen, "batal b2"));

        Assert.Contains("B-002", taken, StringComparison.Ordinal);
        Assert.Contains("B-002", again, StringComparison.Ordinal);
        Assert.Equal(2, kiosk.Queue.Find("B-002") is { } t ? t.Number : 0);
        Assert.Null(kiosk.Queue.Find("B-003"));
        Assert.Contains("tidak diambil dari nomor ini", stranger, StringComparison.Ordinal);
        Assert.Equal(TicketState.Cancelled, kiosk.Queue.Find("B-002")!.State);
        Assert.Contains("B-002", cancelled, StringComparison.Ordinal);
        Assert.Equal(Channel.Sms, kiosk.Queue.Find("B-002")!.Channel);
    }

    [Fact]
    public void An_unknown_service_lists_the_letters()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        var text = ReplyText(dispatcher.Handle(Citizen, "ANTRI Z"));

        Assert.Contains("A", text, StringComparison.Ordinal);
        Assert.Contains("B", text, StringComparison.Ordinal);
        Assert.Empty(kiosk.Tickets.ListDay(kiosk.Queue.Today));
    }

    [Theory]
    [InlineData("TELKOMSEL")]
    [InlineData("3636")]
    [InlineData("")]
    public void Operators_and_short_codes_get_no_reply_and_change_nothing(string sender)
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        var result = dispatcher.Handle(sender, "ADU ini promo paket internet murah sekali");

        Assert.Equal(ReplyDenialReason.NotAPerson, Assert.IsType<SmsDispatch.Silent>(result).Reason);
        Assert.Equal(0, kiosk.Outbox.Count().Pending);
    }

    [Fact]
    public void Over_the_hourly_limit_the_command_is_still_carried_out_but_not_answered()
    {
        var (kiosk, dispatcher, budget) = CreateWithBudget(new ReplyLimits(PerNumberPerHour: 1));
        using var _ = kiosk;
        Assert.IsType<SmsDispatch.Reply>(dispatcher.Handle(Citizen, "INFO"));
        budget.RecordSent(CitizenE164);

        var second = dispatcher.Handle(Citizen, "ADU lampu jalan mati sebulan");

        Assert.Equal(ReplyDenialReason.PerNumberLimit, Assert.IsType<SmsDispatch.Silent>(second).Reason);
        Assert.Equal(1, kiosk.Outbox.Count().Pending);
    }

    [Fact]
    public void Garbage_gets_the_short_help_reply()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        foreach (var text in new[] { "???", "halo pak", new string('x', 2000), "\u0000\u0001", "" })
        {
            var reply = ReplyText(dispatcher.Handle(Citizen, text));
            Assert.InRange(reply.Length, 20, 160);
        }
    }
}
