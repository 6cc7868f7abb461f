using Kiosk.Core.Sms;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Host.Sms;

namespace Kiosk.Host.Tests.Sms;

/// <summary>Replies across a restart, over the same store file.</summary>
public class SmsRestartTests
{
    private const string Citizen = "+6281298765401";
    private const string Other = "+6281298765402";

    private static async Task<(KioskServer Server, SmsGateway Gateway)> StartAsync(string data)
    {
        var server = await KioskServer.StartAsync(null, data, ["--Kiosk:Modem:Transport=simulated"]);
        var gateway = server.Services.GetRequiredService<SmsGateway>();
        await gateway.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return (server, gateway);
    }

    private static int SentTo(SmsGateway gateway, string number) =>
        gateway.Emulator!.SentPdus.Select(hex => PduCodec.Decode(hex)).OfType<SmsSubmit>().Count(s => s.Destination.ToString() == number);

    [Fact]
    public async Task A_reply_submitted_before_a_crash_is_not_sent_again_after_restart()
    {
        using var data = new TempDirectory();
        string id;
        var (first, gateway) = await StartAsync(data.Path);
        await using (first)
        {
            await gateway.Emulator!.ReceiveSmsAsync(Citizen, "INFO");
            await Eventually.Get(() => SentTo(gateway, Citizen), n => n == 1, "the reply's AT+CMGS");
            var outbox = first.Services.GetRequiredService<ISmsOutbox>();
            var sent = await Eventually.Get(() => outbox.SentSince(DateTimeOffset.MinValue).SingleOrDefault(m => m.To == Citizen), m => m is not null, "the send recorded");
            id = sent!.Id;

            // What a kill right after AT+CMGS leaves in the store: the reply written "submitting", its result not yet.
            outbox.Update(sent with { State = OutgoingSmsState.Submitting, SentAt = null, MessageReference = null });
            await first.StopAsync(); // keeps the store for the restart
        }

        var (second, again) = await StartAsync(data.Path);
        await using (second)
        {
            await again.Emulator!.ReceiveSmsAsync(Other, "INFO");
            await Eventually.Get(() => SentTo(again, Other), n => n == 1, "the gateway answering after the restart");

            Assert.Equal(0, SentTo(again, Citizen));
            Assert.Equal(OutgoingSmsState.Submitting, second.Services.GetRequiredService<ISmsOutbox>().Find(id)!.State);
        }
    }

    [Fact]
    public async Task Every_reply_records_its_submit_result()
    {
        using var data = new TempDirectory();
        var (server, gateway) = await StartAsync(data.Path);
        await using var _ = server;
        gateway.Emulator!.FailNextSends(1, Hardware.Modem.At.CmsError.NetworkOutOfOrder);

        await gateway.Emulator.ReceiveSmsAsync(Citizen, "INFO");
        await gateway.Emulator.ReceiveSmsAsync(Other, "INFO");
        var outbox = server.Services.GetRequiredService<ISmsOutbox>();
        var ok = await Eventually.Get(() => outbox.SentSince(DateTimeOffset.MinValue).SingleOrDefault(), m => m is not null, "one reply sent");
        var failed = outbox.Due(DateTimeOffset.MaxValue, 10).Single();

        Assert.NotNull(ok!.MessageReference);
        Assert.Contains("+CMS ERROR: 38", failed.LastError, StringComparison.Ordinal);
        Assert.NotEqual(ok.To, failed.To);
    }
}
