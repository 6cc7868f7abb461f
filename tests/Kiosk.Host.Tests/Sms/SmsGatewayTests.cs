using System.Text.RegularExpressions;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Host.Sms;

namespace Kiosk.Host.Tests.Sms;

/// <summary>Citizens texting the kiosk: the real gateway over a pseudo-terminal to the modem emulator.</summary>
public partial class SmsGatewayTests
{
    private const string Citizen = "+6281298765432";

    private static async Task<(KioskServer Server, SmsGateway Gateway)> StartAsync(params string[] settings)
    {
        var server = await KioskServer.StartAsync(null, null, ["--Kiosk:Modem:Transport=simulated", .. settings]);
        var gateway = server.Services.GetRequiredService<SmsGateway>();
        await gateway.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return (server, gateway);
    }

    private static List<SmsSubmit> Sent(SmsGateway gateway) =>
        [.. gateway.Emulator!.SentPdus.Select(hex => PduCodec.Decode(hex)).OfType<SmsSubmit>()];

    private static string TextTo(SmsGateway gateway, string number) =>
        string.Concat(Sent(gateway).Where(s => s.Destination.ToString() == number).Select(s => s.Text));

    [Fact]
    public async Task A_complaint_by_SMS_is_filed_answered_with_its_tracking_code_and_removed_from_the_modem()
    {
        var (server, gateway) = await StartAsync();
        await using var _ = server;

        await gateway.Emulator!.ReceiveSmsAsync(Citizen, "lapor: Jalan ke Desa Tangkil berlubang besar sejak banjir");
        var reply = await Eventually.Get(() => TextTo(gateway, Citizen), t => t.Length > 0, "a reply to the citizen");

        var code = TrackingCodePattern().Match(reply).Value;
        var status = await server.GetJsonAsync($"/api/status/{code}", 200);
        Assert.Equal("DITERIMA", status.GetProperty("status").GetString());
        Assert.Equal(0, gateway.Emulator.StoredMessages);
        Assert.True(reply.Length <= 160, reply);
    }

    [Fact]
    public async Task A_long_message_in_several_parts_is_handled_as_one()
    {
        var (server, gateway) = await StartAsync();
        await using var _ = server;
        var text = "ADU " + string.Join(' ', Enumerable.Repeat("Bantuan PKH untuk keluarga kami belum cair.", 8));

        var indexes = await gateway.Emulator!.ReceiveSmsAsync(Citizen, text);
        await Eventually.Get(() => TextTo(gateway, Citizen), t => t.Length > 0, "a reply to the long complaint");

        Assert.True(indexes.Count > 1, "the emulator should have split the text into parts");
        var replies = Sent(gateway).Where(s => s.Destination.ToString() == Citizen).ToList();
        Assert.Single(replies);
        var code = TrackingCodePattern().Match(replies[0].Text).Value;
        Assert.Equal("DITERIMA", (await server.GetJsonAsync($"/api/status/{code}", 200)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_same_message_read_twice_is_handled_once()
    {
        var (server, gateway) = await StartAsync("--Kiosk:Modem:SweepInterval=00:00:10");
        await using var _ = server;
        var pdu = PduCodec.EncodeDeliver(new SmsDeliver(SmsAddress.Parse(Citizen), "INFO", new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7)))).Hex;

        // As after a crash between storing and deleting: the modem still holds a message already stored.
        gateway.Emulator!.StoreRawPdu(pdu);
        gateway.Emulator.StoreRawPdu(pdu);
        await gateway.Emulator.SendUnsolicitedAsync("+CMTI: \"SM\",1");
        await Eventually.Get(() => gateway.Emulator.StoredMessages, n => n == 0, "both copies deleted from the modem");
        var inbox = server.Services.GetRequiredService<ISmsInbox>();
        var outbox = server.Services.GetRequiredService<Core.Sms.ISmsOutbox>();
        await Eventually.Get(() => outbox.SentSince(DateTimeOffset.MinValue).Count, n => n > 0, "the reply sent");

        // Both copies were stored (the second as a duplicate) before either was deleted, and processed
        // in the round that sent the reply: one part, one reply, nothing left to send.
        Assert.Equal(1, inbox.Count(InboundState.Processed));
        Assert.Equal(0, inbox.Count(InboundState.Pending));
        Assert.Equal(1, server.Services.GetRequiredService<ModemStatus>().Received);
        Assert.Single(outbox.SentSince(DateTimeOffset.MinValue), m => m.To == Citizen);
        Assert.Empty(outbox.Due(DateTimeOffset.MaxValue, 10));
        Assert.Single(Sent(gateway), s => s.Destination.ToString() == Citizen);
    }

    [Fact]
    public async Task A_bad_PDU_is_kept_for_inspection_and_nothing_crashes()
    {
        var (server, gateway) = await StartAsync();
        await using var _ = server;

        gateway.Emulator!.StoreRawPdu("0791261801000000040C9126");
        await gateway.Emulator.SendUnsolicitedAsync("+CMTI: \"SM\",1");
        await Eventually.Get(() => gateway.Emulator.StoredMessages, n => n == 0, "the bad message removed from the modem");
        await gateway.Emulator.ReceiveSmsAsync(Citizen, "INFO");
        await Eventually.Get(() => TextTo(gateway, Citizen), t => t.Length > 0, "the next message still answered");

        Assert.Equal(1, server.Services.GetRequiredService<ISmsInbox>().Count(InboundState.Malformed));
        var modem = (await server.GetJsonAsync("/healthz", 200)).GetProperty("components").GetProperty("modem");
        Assert.Equal(1, modem.GetProperty("data").GetProperty("inboxMalformed").GetInt32());
    }

    [Fact]
    public async Task An_operator_promotion_gets_no_reply()
    {
        var (server, gateway) = await StartAsync();
        await using var _ = server;

        await gateway.Emulator!.ReceiveSmsAsync("TELKOMSEL", "INFO Paket internet 10GB hanya Rp10rb");
        await gateway.Emulator.ReceiveSmsAsync(Citizen, "INFO");
        await Eventually.Get(() => TextTo(gateway, Citizen), t => t.Length > 0, "the citizen's reply");

        Assert.All(Sent(gateway), s => Assert.Equal(Citizen, s.Destination.ToString()));
    }

    [Fact]
    public async Task A_remote_ticket_is_texted_when_three_people_are_ahead()
    {
        var (server, gateway) = await StartAsync();
        await using var _ = server;
        for (var i = 0; i < 5; i++)
        {
            await server.PostJsonAsync("/api/tickets", new { service = "A" }, 201);
        }

        await gateway.Emulator!.ReceiveSmsAsync(Citizen, "antri a");
        var taken = await Eventually.Get(() => TextTo(gateway, Citizen), t => t.Contains("A-006", StringComparison.Ordinal), "the ticket reply");
        await server.CallNextAsync("Loket 1");
        await server.CallNextAsync("Loket 2");

        var all = await Eventually.Get(() => Sent(gateway).Count(s => s.Destination.ToString() == Citizen), n => n >= 2, "the turn-near notice");
        Assert.Equal(2, all);
        Assert.Contains("A-006", Sent(gateway).Last().Text, StringComparison.Ordinal);
        Assert.Contains("A-006", taken, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Generic")]
    [InlineData("Sim800")]
    [InlineData("Huawei")]
    public async Task Each_modem_family_files_a_complaint_and_answers_a_status_check(string family)
    {
        var (server, gateway) = await StartAsync($"--Kiosk:Modem:Family={family}");
        await using var _ = server;

        await gateway.Emulator!.ReceiveSmsAsync(Citizen, "ADU lampu jalan di depan balai desa mati");
        var filed = await Eventually.Get(() => TextTo(gateway, Citizen), t => TrackingCodePattern().IsMatch(t), "the complaint reply");
        var code = TrackingCodePattern().Match(filed).Value;
        await gateway.Emulator.ReceiveSmsAsync(Citizen, "cek " + code);
        var both = await Eventually.Get(() => TextTo(gateway, Citizen), t => t.Contains("DITERIMA", StringComparison.Ordinal), "the status reply");

        Assert.Contains(code, both, StringComparison.Ordinal);
        Assert.Equal(0, gateway.Emulator.StoredMessages);
    }

    [Fact]
    public async Task A_modem_that_hangs_is_reconnected_and_the_message_that_came_meanwhile_is_answered()
    {
        var (server, gateway) = await StartAsync();
        await using var _ = server;
        var status = server.Services.GetRequiredService<ModemStatus>();

        gateway.Emulator!.Silent = true;
        await gateway.Emulator.ReceiveSmsAsync(Citizen, "INFO");
        await Eventually.Get(() => status.Connected, connected => !connected, "the hang noticed", seconds: 60);
        gateway.Emulator.Silent = false;

        await Eventually.Get(() => status.Connected, connected => connected, "the modem reconnected", seconds: 90);
        var reply = await Eventually.Get(() => TextTo(gateway, Citizen), t => t.Length > 0, "the reply to the message that arrived during the hang", seconds: 60);
        Assert.NotEmpty(reply);
        Assert.NotNull(status.LastError);
    }

    [Fact]
    public async Task A_reply_records_its_delivery_report()
    {
        var (server, gateway) = await StartAsync();
        await using var _ = server;

        await gateway.Emulator!.ReceiveSmsAsync(Citizen, "BANTUAN");
        var outbox = server.Services.GetRequiredService<Core.Sms.ISmsOutbox>();
        var delivered = await Eventually.Get(() => outbox.SentSince(DateTimeOffset.MinValue).SingleOrDefault(), m => m?.DeliveredAt is not null, "the delivery report");

        Assert.Equal(Citizen, delivered!.To);
        Assert.NotNull(delivered.MessageReference);
    }

    [Fact]
    public async Task A_send_refused_by_the_network_is_retried_later_and_then_sent()
    {
        var (server, gateway) = await StartAsync();
        await using var _ = server;
        var outbox = server.Services.GetRequiredService<Core.Sms.ISmsOutbox>();
        gateway.Emulator!.FailNextSends(1, Hardware.Modem.At.CmsError.NetworkOutOfOrder);

        await gateway.Emulator.ReceiveSmsAsync(Citizen, "INFO");
        var failed = await Eventually.Get(() => outbox.Due(DateTimeOffset.MaxValue, 10).SingleOrDefault(), m => m?.Attempts == 1, "a first failed attempt");
        Assert.Contains("38", failed!.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAt > DateTimeOffset.UtcNow, "the retry waits");
        Assert.Empty(Sent(gateway));

        // As if the backoff had passed.
        outbox.Update(failed with { NextAttemptAt = DateTimeOffset.UtcNow.AddSeconds(-1) });
        await Eventually.Get(() => TextTo(gateway, Citizen), t => t.Length > 0, "the retried reply");

        // The modem has the text before the gateway records the send: wait for the record, not a moment.
        await Eventually.Get(() => outbox.Find(failed.Id)!.State, s => s == Core.Sms.OutgoingSmsState.Sent, "the retried reply recorded as sent");
    }

    [GeneratedRegex("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]")]
    private static partial Regex TrackingCodePattern();
}
