using System.Text;
using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Commands;
using Kiosk.Core.Sms.Encoding;
using Kiosk.Core.Sms.Guards;
using Kiosk.Core.Sms.Replies;

namespace Kiosk.Core.Tests.Sms;

/// <summary>
/// Whatever a citizen (or a broken phone) texts, the parser and the dispatcher answer without an
/// exception escaping, and each answer keeps the rules: one reply in one segment to a person,
/// silence for anyone else. Seeded, so a failure reproduces.
/// </summary>
public class SmsFuzzTests
{
    private static readonly string[] Seeds =
    [
        "INFO", "BANTUAN", "help", "cek 7K3M-Q9TZ-4", "CEK7K3MQ9TZ4", "7K3M-Q9TZ-4", "lapor: Jalan ke Desa Tangkil berlubang",
        "ADU#bansos#Desa Tangkil#Bantuan PKH belum cair", "antri a", "ANTRI B lansia", "batal A-006", "BATAL", "adu", "lapor",
        "antri", "cek", "  ", "", "INFO INFO INFO", "L A P O R jalan rusak", "Lapor:\r\nbanjir\tdi desa",
    ];

    private const string Noise = "#:;,.-_/\\*@!?()[]{}\"' \t\r\n0123456789AZaz€£ñé日😀\u0000\u200B\uFFFD";

    [Fact]
    public void The_parser_answers_every_random_or_mutated_text()
    {
        var random = new Random(20261123);
        var kinds = new Dictionary<string, int>();
        for (var run = 0; run < 100_000; run++)
        {
            var text = Text(random, run);
            var command = SmsCommandParser.Parse(text);
            Assert.NotNull(command);
            var kind = command.GetType().Name;
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }

        Assert.True(kinds.Count >= 4, "the mutations should reach several commands: " + string.Join(", ", kinds));
    }

    [Fact]
    public void The_dispatcher_answers_a_person_in_one_segment_and_an_ignored_sender_with_silence_for_every_text()
    {
        using var kiosk = Kiosk.InMemory();
        var replies = new SmsReplies(Language.Id, kiosk.Office.TimeZone, kiosk.Office.Name);
        var budget = new ReplyBudget(new InMemoryReplyLedger(), kiosk.Time, kiosk.Office.TimeZone, new ReplyLimits(PerNumberPerHour: 1_000_000, DailyBudget: 1_000_000));
        var dispatcher = new SmsDispatcher(kiosk.Office, kiosk.Queue, kiosk.ComplaintService, replies, budget);
        string?[] senders = ["081234500001", "+6281234500002", "6281234500003", "TELKOMSEL", "3636", "", null, "+1 (555) 0100", "08123", "abc"];
        var random = new Random(20261124);
        var answered = 0;
        var silent = 0;
        for (var run = 0; run < 10_000; run++)
        {
            var sender = random.Next(4) == 0 ? senders[random.Next(senders.Length)] : "08123450" + random.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = random.Next(200) == 0 ? null : Text(random, run);
            var dispatch = dispatcher.Handle(sender, text);
            var classified = SenderClassifier.Classify(sender);
            if (classified.Kind == SenderKind.Person)
            {
                // A person always gets exactly one reply, to their canonical number, in one segment.
                var reply = Assert.IsType<SmsDispatch.Reply>(dispatch);
                Assert.Equal(classified.Number, reply.To);
                Assert.False(string.IsNullOrWhiteSpace(reply.Text), $"an empty reply to '{text}'");
                Assert.True(reply.Text.Length <= ReplyFieldLimits.SegmentLength, $"{reply.Text.Length} characters in the reply to '{text}'");
                Assert.True(SmsText.Plan(reply.Text).Segments.Count == 1, $"the reply to '{text}' needs several SMS: {reply.Text}");
                answered++;
            }
            else
            {
                // Anyone else (an operator, a short code, a malformed sender) gets nothing, and is told apart.
                var none = Assert.IsType<SmsDispatch.Silent>(dispatch);
                Assert.Equal(new SmsDispatch.Silent(ReplyDenialReason.NotAPerson, classified.Kind), none);
                silent++;
            }
        }

        Assert.Equal(10_000, answered + silent);
        Assert.True(answered > silent, $"persons should mostly get replies ({answered} replies, {silent} silent)");
    }

    private static string Text(Random random, int run)
    {
        if (run % 4 == 3)
        {
            var length = random.Next(0, 400);
            var chars = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                chars.Append(random.Next(3) == 0 ? (char)random.Next(0, 0xD800) : Noise[random.Next(Noise.Length)]);
            }

            return chars.ToString();
        }

        var text = new StringBuilder(Seeds[random.Next(Seeds.Length)]);
        for (var m = random.Next(0, 4); m > 0; m--)
        {
            switch (random.Next(6))
            {
                case 0 when text.Length > 0:
                    text[random.Next(text.Length)] = Noise[random.Next(Noise.Length)];
                    break;
                case 1 when text.Length > 0:
                    text.Remove(random.Next(text.Length), 1);
                    break;
                case 2:
                    text.Insert(random.Next(text.Length + 1), Noise[random.Next(Noise.Length)]);
                    break;
                case 3:
                    text.Append(' ', random.Next(1, 3)).Append(Seeds[random.Next(Seeds.Length)]);
                    break;
                case 4:
                    text.Append(new string(Noise[random.Next(Noise.Length)], random.Next(1, 2000)));
                    break;
                default:
                    text.Length = random.Next(text.Length + 1);
                    break;
            }
        }

        return text.ToString();
    }
}
