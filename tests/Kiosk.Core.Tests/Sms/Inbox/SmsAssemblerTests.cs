using Kiosk.Core.Sms.Inbox;

namespace Kiosk.Core.Tests.Sms.Inbox;

public class SmsAssemblerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static InboundPart Part(int sequence, string text, int total = 3, int reference = 42, string sender = "+6281234500001", int minutesAfter = 0) => new()
    {
        Id = $"{sender}-{reference}-{sequence}",
        Sender = sender,
        Text = text,
        SentAt = T0,
        ReceivedAt = T0.AddMinutes(minutesAfter),
        RawPdu = "00",
        Reference = reference,
        Total = total,
        Sequence = sequence,
    };

    [Fact]
    public void Parts_arriving_out_of_order_make_one_message_in_order()
    {
        var ready = SmsAssembler.Ready([Part(3, "ketiga."), Part(1, "ADU pertama, "), Part(2, "kedua, ")], T0.AddMinutes(1), TimeSpan.FromHours(1));

        var message = Assert.Single(ready);
        Assert.Equal("ADU pertama, kedua, ketiga.", message.Text);
        Assert.True(message.Complete);
        Assert.Equal(3, message.PartIds.Count);
    }

    [Fact]
    public void An_incomplete_message_waits_for_its_parts_until_the_timeout_then_is_handled_with_a_gap()
    {
        InboundPart[] parts = [Part(1, "ADU jalan "), Part(3, "sejak banjir")];

        Assert.Empty(SmsAssembler.Ready(parts, T0.AddMinutes(59), TimeSpan.FromHours(1)));
        var late = Assert.Single(SmsAssembler.Ready(parts, T0.AddMinutes(60), TimeSpan.FromHours(1)));

        Assert.Equal("ADU jalan  ... sejak banjir", late.Text);
        Assert.False(late.Complete);
    }

    [Fact]
    public void Two_senders_with_the_same_reference_are_two_messages()
    {
        var ready = SmsAssembler.Ready(
            [Part(1, "A1", total: 2, sender: "+62811"), Part(2, "A2", total: 2, sender: "+62811"), Part(1, "B1", total: 2, sender: "+62822"), Part(2, "B2", total: 2, sender: "+62822")],
            T0,
            TimeSpan.FromHours(1));

        Assert.Equal(["A1A2", "B1B2"], ready.Select(m => m.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_part_seen_twice_counts_once()
    {
        var ready = SmsAssembler.Ready([Part(1, "satu ", total: 2), Part(1, "satu ", total: 2) with { Id = "copy" }, Part(2, "dua", total: 2)], T0, TimeSpan.FromHours(1));

        Assert.Equal("satu dua", Assert.Single(ready).Text);
    }
}
