using System.Text.Json;
using Kiosk.Core.Sync;

namespace Kiosk.Host.Tests.Sync;

public class HttpUpstreamClientPushTests
{
    [Fact]
    public async Task A_new_batch_is_accepted_and_stored_in_order()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var batch = new[] { Events.Complaint("7KQ2-M9XD"), Events.Ticket("2026-11-23/A-017"), Events.Ticket("2026-11-23/A-017", 2, "ticket.called") };

        var outcome = await upstream.Client().PushAsync(batch, CancellationToken.None);

        var ok = Answers.Is<PushAnswer.Delivered>(outcome);
        Assert.Equal(batch.Select(e => e.Id), ok.Results.Select(r => r.Id));
        Assert.All(ok.Results, r => Assert.Equal(EventOutcome.Accepted, r.Outcome));
        var stored = await upstream.StoredEventsAsync();
        Assert.Equal(batch.Select(e => e.Id.ToString()), stored.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(ReferenceUpstream.DeviceId, stored[0].GetProperty("deviceId").GetString());
        Assert.Equal("bansos", stored[0].GetProperty("payload").GetProperty("category").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T03:15:00Z", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(stored[0].GetProperty("occurredAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Pushing_the_same_batch_again_answers_duplicate_and_stores_nothing_twice()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var client = upstream.Client();
        var batch = new[] { Events.Complaint("7KQ2-M9XD"), Events.Ticket("2026-11-23/A-001") };
        Answers.Is<PushAnswer.Delivered>(await client.PushAsync(batch, CancellationToken.None));

        var again = Answers.Is<PushAnswer.Delivered>(await client.PushAsync(batch, CancellationToken.None));

        Assert.All(again.Results, r => Assert.Equal(EventOutcome.Duplicate, r.Outcome));
        Assert.All(again.Results, r => Assert.True(r.IsDelivered));
        Assert.Equal(2, (await upstream.StoredEventsAsync()).Count);
    }

    [Fact]
    public async Task An_invalid_event_is_rejected_with_its_reason_while_the_others_in_the_batch_are_accepted()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var good1 = Events.Complaint("AAAA-BBBB");
        var noAggregate = Events.Ticket("") with { AggregateId = "" };
        var good2 = Events.Ticket("2026-11-23/B-002");

        var ok = Answers.Is<PushAnswer.Delivered>(await upstream.Client().PushAsync([good1, noAggregate, good2], CancellationToken.None));

        Assert.Equal(EventOutcome.Accepted, ok.Results.Single(r => r.Id == good1.Id).Outcome);
        Assert.Equal(EventOutcome.Accepted, ok.Results.Single(r => r.Id == good2.Id).Outcome);
        var rejected = ok.Results.Single(r => r.Id == noAggregate.Id);
        Assert.Equal(EventOutcome.Rejected, rejected.Outcome);
        Assert.Equal(RejectReason.InvalidEvent, rejected.RejectReason);
        Assert.Contains("aggregateId", rejected.Detail, StringComparison.Ordinal);
        Assert.True(rejected.ShouldQuarantine);
        Assert.Equal(2, (await upstream.StoredEventsAsync()).Count);
    }

    [Fact]
    public async Task Each_kind_of_malformed_event_gets_invalid_event_naming_the_field()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var cases = new (UpstreamEvent Event, string Field)[]
        {
            (Events.Ticket("t-1") with { Type = "TicketIssued" }, "type"),
            (Events.Ticket("t-2") with { AggregateType = " " }, "aggregateType"),
            (Events.Ticket("t-3") with { Sequence = 0 }, "sequence"),
            (Events.Ticket("t-4") with { AggregateId = new string('x', 129) }, "aggregateId"),
        };

        var ok = Answers.Is<PushAnswer.Delivered>(await upstream.Client().PushAsync(cases.Select(c => c.Event).ToList(), CancellationToken.None));

        foreach (var (e, field) in cases)
        {
            var result = ok.Results.Single(r => r.Id == e.Id);
            Assert.Equal(RejectReason.InvalidEvent, result.RejectReason);
            Assert.Contains(field, result.Detail, StringComparison.Ordinal);
        }

        Assert.Empty(await upstream.StoredEventsAsync());
    }

    [Fact]
    public async Task A_sequence_gap_is_rejected_as_retryable_and_accepted_once_its_predecessor_arrives()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var client = upstream.Client();
        var first = Events.Complaint("GAPS-0001");
        var second = Events.Complaint("GAPS-0001", 2, "complaint.status_changed");

        var early = Answers.Is<PushAnswer.Delivered>(await client.PushAsync([second], CancellationToken.None)).Results.Single();
        Assert.Equal(RejectReason.SequenceGap, early.RejectReason);
        Assert.False(early.ShouldQuarantine);
        Assert.False(early.IsDelivered);

        var inOrder = Answers.Is<PushAnswer.Delivered>(await client.PushAsync([first, second], CancellationToken.None));
        Assert.All(inOrder.Results, r => Assert.Equal(EventOutcome.Accepted, r.Outcome));
    }

    [Fact]
    public async Task A_second_event_claiming_a_taken_sequence_is_a_sequence_conflict()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var client = upstream.Client();
        await client.PushAsync([Events.Ticket("t-9")], CancellationToken.None);

        var result = Answers.Is<PushAnswer.Delivered>(await client.PushAsync([Events.Ticket("t-9")], CancellationToken.None)).Results.Single();

        Assert.Equal(RejectReason.SequenceConflict, result.RejectReason);
        Assert.True(result.ShouldQuarantine);
    }

    [Fact]
    public async Task A_batch_over_the_upstream_maximum_is_TooLarge_and_nothing_is_stored()
    {
        await using var upstream = await ReferenceUpstream.StartAsync("--max-batch", "3");
        var batch = Enumerable.Range(1, 4).Select(i => Events.Ticket($"t-{i}")).ToList();

        Answers.Is<PushAnswer.TooLarge>(await upstream.Client().PushAsync(batch, CancellationToken.None));
        Answers.Is<PushAnswer.Delivered>(await upstream.Client().PushAsync(batch[..3], CancellationToken.None));
        Assert.Equal(3, (await upstream.StoredEventsAsync()).Count);
    }

    [Fact]
    public async Task An_event_without_an_id_makes_the_whole_batch_a_BadBatch()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var batch = new[] { Events.Ticket("t-1"), Events.Ticket("t-2") with { Id = Guid.Empty } };

        var bad = Answers.Is<PushAnswer.BadBatch>(await upstream.Client().PushAsync(batch, CancellationToken.None));

        Assert.Equal("invalid_batch", bad.Error);
        Assert.Contains("events[1]", bad.Message, StringComparison.Ordinal);
        Assert.Empty(await upstream.StoredEventsAsync());
    }

    [Fact]
    public async Task A_payload_that_is_not_an_object_is_refused_before_sending()
    {
        await using var upstream = await ReferenceUpstream.StartAsync();
        var bad = Events.Ticket("t-1") with { Payload = JsonSerializer.SerializeToElement(42) };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => upstream.Client().PushAsync([bad], CancellationToken.None));

        Assert.Contains("payload must be a JSON object", ex.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => upstream.Client().PushAsync([], CancellationToken.None));
    }
}
