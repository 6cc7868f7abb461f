using Kiosk.Core.Sms.Commands;
using Kiosk.Core.Sms.Replies;

namespace Kiosk.Core.Tests.Sms.Commands;

/// <summary>
/// The parser over <see cref="CitizenMessages.All"/>: realistic messages with greetings, honorifics,
/// regional politeness, typos, English, codes in every shape and junk, each with what it means.
/// </summary>
public class CitizenMessageTableTests
{
    public static TheoryData<CitizenMessage> Messages => [.. CitizenMessages.All];

    [Fact]
    public void The_table_has_at_least_150_messages_and_each_intent() =>
        Assert.All(Enum.GetValues<CitizenIntent>(), intent => Assert.Contains(CitizenMessages.All, m => m.Intent == intent));

    [Fact]
    public void The_table_is_large_enough() => Assert.True(CitizenMessages.All.Count >= 150, $"{CitizenMessages.All.Count} messages");

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_message_is_understood_as_a_citizen_means_it(CitizenMessage message)
    {
        var command = SmsCommandParser.Parse(message.Sms);

        var understood = command switch
        {
            SmsCommand.CheckStatus { Shape: CodeShape.TrackingCode or CodeShape.TicketCode } c => (CitizenIntent.Check, c.Code),
            SmsCommand.CheckStatus { Shape: CodeShape.Unrecognised } c => (CitizenIntent.Mistyped, c.Code),
            SmsCommand.CheckStatus => (CitizenIntent.CheckWithoutCode, ""),
            SmsCommand.FileComplaint f => (CitizenIntent.Complaint, f.Text),
            SmsCommand.TakeQueueNumber q => (CitizenIntent.Queue, q.Service),
            SmsCommand.CancelTicket { IsWellFormed: true } b => (CitizenIntent.Cancel, b.TicketCode),
            SmsCommand.Help => (CitizenIntent.Help, ""),
            _ => (CitizenIntent.Unknown, ""),
        };
        Assert.Equal((message.Intent, message.Expected), understood);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_message_is_answered_in_the_language_it_was_written_in(CitizenMessage message) =>
        Assert.Equal(message.English ? Language.En : (Language?)null, WrittenLanguage.Of(message.Sms));
}
