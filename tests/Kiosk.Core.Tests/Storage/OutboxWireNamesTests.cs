using System.Text.Json;
using Kiosk.Core.Queue;
using Kiosk.Core.Storage;

namespace Kiosk.Core.Tests.Storage;

public class OutboxWireNamesTests
{
    [Fact]
    public void Ticket_payload_enums_go_out_under_their_table_names_and_read_back()
    {
        var snapshot = new TicketSnapshot("A-017", "2026-11-23", "A", 17, Priority.IbuHamil, Channel.Sms, TicketState.NoShow, DateTimeOffset.UnixEpoch, null, null, 0, null);

        var e = OutboxEvents.Create("ticket.no_show", "ticket", "2026-11-23/A-017", 3, DateTimeOffset.UnixEpoch, snapshot);
        var payload = JsonDocument.Parse(e.PayloadJson).RootElement;

        Assert.Equal(("ibu_hamil", "sms", "no_show"), (payload.GetProperty("priority").GetString(), payload.GetProperty("channel").GetString(), payload.GetProperty("state").GetString()));
        Assert.Equal(snapshot, OutboxEvents.ReadPayload<TicketSnapshot>(e.PayloadJson));
    }

    [Fact]
    public void A_table_that_forgets_a_member_is_refused_at_once()
    {
        var refused = Assert.Throws<ArgumentException>(() => new WireNames<Channel>((Channel.Kiosk, "kiosk")));
        Assert.Contains("Sms", refused.Message, StringComparison.Ordinal);
    }
}
