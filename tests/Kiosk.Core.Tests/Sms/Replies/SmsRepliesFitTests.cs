using Kiosk.Core.Sms.Encoding;
using Kiosk.Core.Sms.Replies;

namespace Kiosk.Core.Tests.Sms.Replies;

/// <summary>Every fixed reply, filled with the longest values it allows, is one GSM-7 segment.</summary>
public class SmsRepliesFitTests
{
    private const string LongOffice = "Kecamatan Sukamakmur Jaya Baru Selatan Timur";
    private const string LongService = "Akta Kelahiran dan Kartu Identitas Anak";
    private const string LongCode = "K7M29QXD3ABCDEFGH";
    private const string LongTicket = "AB-1234";

    private static readonly string LongNote = string.Concat(Enumerable.Repeat("Petugas sudah meninjau lokasi dan perbaikan dijadwalkan. ", 8));

    private static readonly TimeSpan[] Waits =
        [TimeSpan.Zero, TimeSpan.FromMinutes(59), new TimeSpan(9, 59, 0), TimeSpan.FromHours(11)];

    private static readonly DateTimeOffset Changed = new(2026, 12, 31, 15, 59, 0, TimeSpan.Zero);

    public static TheoryData<Language, string> LanguagesAndZones => new()
    {
        { Language.Id, "Asia/Makassar" },
        { Language.Id, "Asia/Jakarta" },
        { Language.En, "Asia/Makassar" },
    };

    [Theory]
    [MemberData(nameof(LanguagesAndZones))]
    public void Every_fixed_reply_with_its_longest_values_fits_one_GSM7_segment(Language language, string zone)
    {
        var replies = new SmsReplies(language, TimeZoneInfo.FindSystemTimeZoneById(zone), LongOffice);

        foreach (var (name, reply) in AllReplies(replies))
        {
            Assert.True(Gsm7.Fits(reply), $"{name} has characters outside GSM-7: {reply}");
            Assert.True(
                Gsm7.SeptetCount(reply) <= ReplyFieldLimits.SegmentLength,
                $"{name} is {Gsm7.SeptetCount(reply)} septets: {reply}");
        }
    }

    [Fact]
    public void The_longest_status_reply_still_carries_part_of_the_note()
    {
        var replies = new SmsReplies(Language.Id, TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar"), LongOffice);

        var reply = replies.ComplaintStatus(LongCode, ComplaintStatusName.Verified, Changed, LongNote);

        Assert.StartsWith("Aduan K7M2-9QXD-3ABC: DIVERIFIKASI sejak 31/12/2026 23.59 WITA. Ket: Petugas sudah", reply, StringComparison.Ordinal);
        Assert.EndsWith("..", reply, StringComparison.Ordinal);
        Assert.InRange(reply.Length, ReplyFieldLimits.SegmentLength - 10, ReplyFieldLimits.SegmentLength);
    }

    private static IEnumerable<(string Name, string Reply)> AllReplies(SmsReplies replies)
    {
        yield return (nameof(replies.Help), replies.Help());
        yield return (nameof(replies.Unrecognised), replies.Unrecognised());
        foreach (var status in Enum.GetValues<ComplaintStatusName>())
        {
            yield return ($"{nameof(replies.ComplaintStatus)}({status})", replies.ComplaintStatus(LongCode, status, Changed, LongNote));
            yield return ($"{nameof(replies.ComplaintStatus)}({status}, no note)", replies.ComplaintStatus(LongCode, status, Changed));
        }

        yield return (nameof(replies.CodeMissing), replies.CodeMissing());
        yield return (nameof(replies.CodeMistyped), replies.CodeMistyped(new string('Z', 2000)));
        yield return (nameof(replies.CodeNotFound), replies.CodeNotFound(LongCode));
        yield return (nameof(replies.ComplaintReceived), replies.ComplaintReceived(LongCode));
        yield return (nameof(replies.ComplaintTooShort), replies.ComplaintTooShort(int.MaxValue));
        yield return (nameof(replies.ComplaintTooLong), replies.ComplaintTooLong(int.MaxValue));
        foreach (var wait in Waits)
        {
            yield return ($"{nameof(replies.QueueTicketTaken)}({wait})", replies.QueueTicketTaken(LongTicket, LongService, 123_456, wait, 999));
            yield return ($"{nameof(replies.TicketWaiting)}({wait})", replies.TicketWaiting(LongTicket, LongService, 123_456, wait));
        }

        yield return (nameof(replies.TicketCalled), replies.TicketCalled(LongTicket));
        yield return (nameof(replies.TicketNotFound), replies.TicketNotFound(LongTicket));
        yield return (nameof(replies.TurnNear), replies.TurnNear(LongTicket, LongService, 999));
        var allLetters = Enumerable.Range('A', 26).Select(letter => new ServiceChoice((char)letter, LongService)).ToList();
        yield return ($"{nameof(replies.UnknownService)}(26 services)", replies.UnknownService(allLetters));
        yield return ($"{nameof(replies.UnknownService)}(4 services)", replies.UnknownService(allLetters.Take(4).ToList()));
        yield return ($"{nameof(replies.UnknownService)}(none)", replies.UnknownService([]));
        yield return (nameof(replies.TicketCancelled), replies.TicketCancelled(LongTicket));
        foreach (var reason in Enum.GetValues<CancelRefusal>())
        {
            yield return ($"{nameof(replies.CancelRefused)}({reason})", replies.CancelRefused(LongTicket, reason));
        }

        yield return ($"{nameof(replies.TicketWaiting)}(next)", replies.TicketWaiting(LongTicket, LongService, 0, TimeSpan.Zero));
        yield return ($"{nameof(replies.TurnNear)}(next)", replies.TurnNear(LongTicket, LongService, 0));
        yield return (nameof(replies.MessageTooLong), replies.MessageTooLong(int.MaxValue));
        yield return (nameof(replies.DailyLimitReached), replies.DailyLimitReached());
        yield return (nameof(replies.OutOfService), replies.OutOfService());
    }
}
