using System.Text;
using Kiosk.Core.Sms.Commands;

namespace Kiosk.Core.Tests.Sms.Commands;

/// <summary>A seeded random search: whatever arrives, the parser yields a command and never throws.</summary>
public class SmsCommandParserPropertyTests
{
    private static readonly string[] Pieces =
    [
        "CEK", "cek", "ADU", "lapor", "ANTRI", "batal", "INFO", "?", "K7M2", "9QXD", "3", "A", "017", "-", "#", ".",
        ":", ",", " ", "  ", "\n", "\r\n", "\t", "\u200B", "\uFEFF", "😀", "\uD83D", "\uDE00", "é", "İ", "ß", "\0",
        "ANTRIAN", "BATALKAN", "STATUS", "tolong", "saya", "mau", "KODE", "NO", "<", ">", "\"", "'", "%", "{", "}",
    ];

    [Fact]
    public void Random_strings_always_yield_a_command()
    {
        var random = new Random(20_261_123);
        for (var i = 0; i < 20_000; i++)
        {
            var text = i % 2 == 0 ? RandomChars(random) : RandomPieces(random);

            var command = SmsCommandParser.Parse(text);

            Assert.NotNull(command);
            AssertArgumentsAreSmallOrOriginal(command, text);
        }
    }

    private static void AssertArgumentsAreSmallOrOriginal(SmsCommand command, string text)
    {
        switch (command)
        {
            case SmsCommand.CheckStatus check:
                Assert.True(check.Code.Length <= CodeShapes.MaxUnrecognisedCodeLength, check.Code);
                break;
            case SmsCommand.CancelTicket cancel:
                Assert.True(cancel.TicketCode.Length <= CodeShapes.MaxUnrecognisedCodeLength, cancel.TicketCode);
                break;
            case SmsCommand.FileComplaint complaint:
                Assert.Contains(complaint.Text, text, StringComparison.Ordinal);
                break;
            case SmsCommand.Unrecognised unrecognised:
                Assert.Contains(unrecognised.Text, text, StringComparison.Ordinal);
                break;
            default:
                break;
        }
    }

    private static string RandomChars(Random random)
    {
        var length = random.Next(0, random.Next(2) == 0 ? 20 : 2100);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0, 128),
                1 => (char)random.Next(0, 0x10000),
                2 => " #.:-,"[random.Next(6)],
                _ => (char)random.Next('A', 'Z' + 1),
            });
        }

        return builder.ToString();
    }

    private static string RandomPieces(Random random)
    {
        var count = random.Next(0, 12);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }
}
