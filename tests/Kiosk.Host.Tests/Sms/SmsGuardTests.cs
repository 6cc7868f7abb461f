using System.Globalization;
using Kiosk.Core.Sms.Inbox;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Host.Sms;

namespace Kiosk.Host.Tests.Sms;

/// <summary>The cost guards over the real gateway on the pseudo-terminal emulator.</summary>
public class SmsGuardTests
{
    private const string Citizen = "+6281298765499";

    private static async Task<(KioskServer Server, SmsGateway Gateway)> StartAsync(params string[] settings)
    {
        var server = await KioskServer.StartAsync(null, null, ["--Kiosk:Modem:Transport=simulated", .. settings]);
        var gateway = server.Services.GetRequiredService<SmsGateway>();
        await gateway.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return (server, gateway);
    }

    private static int SentTo(SmsGateway gateway, string number) =>
        gateway.Emulator!.SentPdus.Select(hex => PduCodec.Decode(hex)).OfType<SmsSubmit>().Count(s => s.Destination.ToString() == number);

    [Fact]
    public async Task Twelve_messages_from_one_number_within_an_hour_get_exactly_the_limit_of_replies()
    {
        var (server, gateway) = await StartAsync();
        await using var _ = server;
        var inbox = server.Services.GetRequiredService<ISmsInbox>();

        for (var i = 0; i < 12; i++)
        {
            await gateway.Emulator!.ReceiveSmsAsync(Citizen, "INFO " + i.ToString(CultureInfo.InvariantCulture));
        }

        await Eventually.Get(() => inbox.Count(InboundState.Processed), n => n == 12, "all twelve handled");
        await Eventually.Get(() => server.Services.GetRequiredService<Core.Sms.ISmsOutbox>().Due(DateTimeOffset.MaxValue, 20).Count, n => n == 0, "nothing left to send");

        Assert.Equal(5, SentTo(gateway, Citizen));
    }

    [Fact]
    public async Task A_foreign_sender_gets_no_CMGS_and_an_allow_listed_one_does()
    {
        var (server, gateway) = await StartAsync("--Kiosk:Sms:AllowedSenders:0=+44 7700 900123");
        await using var _ = server;

        await gateway.Emulator!.ReceiveSmsAsync("+15550100123", "INFO");
        await gateway.Emulator.ReceiveSmsAsync("+447700900123", "INFO");
        await gateway.Emulator.ReceiveSmsAsync("+6281100001111", "Sisa pulsa Anda Rp1.250. Masa aktif s/d 30-12-2026.");
        await gateway.Emulator.ReceiveSmsAsync(Citizen, "INFO");
        await Eventually.Get(() => SentTo(gateway, Citizen), n => n == 1, "the citizen answered");
        await Eventually.Get(() => SentTo(gateway, "+447700900123"), n => n == 1, "the allow-listed number answered");
        await Eventually.Get(() => server.Services.GetRequiredService<ISmsInbox>().Count(InboundState.Processed), n => n == 4, "all four handled");

        Assert.Equal(2, gateway.Emulator.Commands.Count(c => c.StartsWith("AT+CMGS", StringComparison.Ordinal)));
        Assert.Equal(0, SentTo(gateway, "+15550100123"));
        Assert.Equal(0, SentTo(gateway, "+6281100001111"));
    }
}
