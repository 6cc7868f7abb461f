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
    public void A_foreign_sender_is_not_answered_and_nothing_is_carried_out()
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        Assert.Equal(new SmsDispatch.Silent(ReplyDenialReason.NotAPerson, SenderKind.Foreign), dispatcher.Handle("+15550100123", "LAPOR jalan desa rusak berat sejak banjir"));
        Assert.Equal(new SmsDispatch.Silent(ReplyDenialReason.NotAPerson, SenderKind.Foreign), dispatcher.Handle("+15550100123", "ANTRI A"));

        Assert.Empty(kiosk.Queue.WaitingRemote());
        Assert.Equal(0, kiosk.Outbox.Count().Pending);
    }

    [Theory]
    [InlineData("+6281100001111", "Sisa pulsa Anda Rp1.250. Masa aktif s/d 30-12-2026.")]
    [InlineData("+6281100001111", "INFO Paket internet 10GB hanya Rp10rb, ketik *363# sekarang")]
    [InlineData("+6281100001111", "Kuota internet Anda tinggal 100MB. Beli paket data di *123#")]
    [InlineData("+6281100001111", "Isi ulang pulsa berhasil. Pulsa utama Rp25.000")]
    [InlineData("+6281100001111", "Promo spesial! Bonus kuota 5GB Rp5rb. UNREG ketik UNREG PROMO")]
    [InlineData("+6281100001111", "Your balance is Rp 3.000. Your data package expires tomorrow")]
    public void Operator_credit_and_promotion_texts_are_never_answered_whoever_sends_them(string sender, string text)
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        Assert.Equal(new SmsDispatch.Silent(ReplyDenialReason.OperatorMessage, SenderKind.Person), dispatcher.Handle(sender, text));
    }

    [Theory]
    [InlineData("ADU sinyal di Desa Tangkil hilang, paket internet tidak bisa dipakai")]
    [InlineData("cek K7M2-9QXD-F")]
    public void A_citizens_command_that_mentions_credit_is_still_answered(string text)
    {
        var (kiosk, dispatcher) = Create();
        using var _ = kiosk;

        Assert.IsType<SmsDispatch.Reply>(dispatcher.Handle("+6281234500009", text));
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
