using Kiosk.Core.Sms;
using Kiosk.Core.Sms.Guards;
using Kiosk.Host.Admin;
using Kiosk.Host.Admin.Cli;
using Kiosk.Host.Sms;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kiosk.Host.Tests.Sms;

/// <summary>
/// Exceptions by cause: a bad number or a bug in our code is not a modem fault, so neither may make
/// the gateway reconnect, reset (AT+CFUN=1,1) or power-cycle the modem.
/// </summary>
public class ModemFaultCauseTests
{
    private const string Citizen = "+6281298765432";
    private const string TooLong = "+62812345678901234567890";

    [Fact]
    public async Task A_number_the_modem_cannot_encode_is_a_400_naming_the_number_not_a_503()
    {
        var (server, gateway) = await StartAsync(null);
        await using var _ = server;
        using var admin = new AdminClient(Path.Combine(server.DataDirectory, AdminOptions.DefaultSocketName));

        var (status, problem) = await admin.PostJsonAsync("/admin/modem/send", new { number = TooLong, text = "Tes" }, CancellationToken.None);

        Assert.Equal(400, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("number", out var _), problem.ToString());
        Assert.Empty(gateway.Emulator!.SentPdus);
    }

    [Fact]
    public async Task A_USSD_code_outside_GSM_7_is_a_400_naming_the_code()
    {
        // A Huawei stick takes USSD packed as GSM-7, so the code is encoded here, not by the modem.
        var (server, _) = await StartAsync(null, "--Kiosk:Modem:Family=Huawei");
        await using var __ = server;
        using var admin = new AdminClient(Path.Combine(server.DataDirectory, AdminOptions.DefaultSocketName));

        var (status, problem) = await admin.PostJsonAsync("/admin/modem/ussd", new { code = "*888中#" }, CancellationToken.None);

        Assert.Equal(400, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out var _), problem.ToString());
    }

    [Fact]
    public async Task A_queued_SMS_to_a_number_the_modem_cannot_encode_fails_alone_without_resetting_the_modem()
    {
        var (server, gateway) = await StartAsync(null);
        await using var _ = server;
        var outbox = server.Services.GetRequiredService<ISmsOutbox>();
        var status = server.Services.GetRequiredService<ModemStatus>();

        outbox.Enqueue(new OutgoingSms { Id = "bad-number", To = TooLong, Text = "Giliran Anda", Kind = OutgoingSmsKind.Reply, QueuedAt = DateTimeOffset.UtcNow });
        await gateway.Emulator!.ReceiveSmsAsync(Citizen, "INFO");
        await Eventually.Get(() => Sent(gateway).Count, n => n > 0, "the citizen's reply, sent after the bad one");
        var failed = await Eventually.Get(() => outbox.Find("bad-number"), m => m?.State == OutgoingSmsState.Failed, "the bad message failed for good");

        Assert.Contains("digits", failed!.LastError, StringComparison.Ordinal);
        Assert.Null(status.LastError);
        Assert.True(status.Connected);
        Assert.Equal(0, gateway.Emulator.Resets);
    }

    [Fact]
    public async Task A_dispatcher_bug_does_not_power_cycle_the_modem_and_the_message_is_answered_once_fixed()
    {
        var ledger = new BrokenLedger();
        var (server, gateway) = await StartAsync(services => services.Replace(ServiceDescriptor.Singleton<IReplyLedger>(ledger)));
        await using var _ = server;
        var status = server.Services.GetRequiredService<ModemStatus>();

        await gateway.Emulator!.ReceiveSmsAsync(Citizen, "INFO");
        await Eventually.Get(() => ledger.Failures, n => n >= 3, "the message retried on three rounds", seconds: 60);

        Assert.Null(status.LastError);
        Assert.True(status.Connected);
        Assert.Equal(0, gateway.Emulator.Resets);
        Assert.Equal(0, gateway.Emulator.StoredMessages);

        ledger.Broken = false;
        var reply = await Eventually.Get(() => Sent(gateway).Count, n => n > 0, "the kept message answered once the bug is gone");
        Assert.Equal(1, reply);
    }

    private static async Task<(KioskServer Server, SmsGateway Gateway)> StartAsync(Action<IServiceCollection>? services, params string[] settings)
    {
        var server = await KioskServer.StartWithAsync(services, null, null, ["--Kiosk:Modem:Transport=simulated", .. settings]);
        var gateway = server.Services.GetRequiredService<SmsGateway>();
        await gateway.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return (server, gateway);
    }

    private static List<Hardware.Modem.Pdu.SmsSubmit> Sent(SmsGateway gateway) =>
        [.. gateway.Emulator!.SentPdus.Select(hex => Hardware.Modem.Pdu.PduCodec.Decode(hex)).OfType<Hardware.Modem.Pdu.SmsSubmit>()];

    /// <summary>A reply ledger with a bug: <see cref="InvalidOperationException"/> while <see cref="Broken"/>.</summary>
    private sealed class BrokenLedger : IReplyLedger
    {
        private readonly InMemoryReplyLedger _inner = new();
        private int _failures;

        public volatile bool Broken = true;

        public int Failures => Volatile.Read(ref _failures);

        public void Record(string number, DateTimeOffset sentAtUtc) => _inner.Record(number, sentAtUtc);

        public int CountSince(string number, DateTimeOffset sinceUtc) => Fail() ?? _inner.CountSince(number, sinceUtc);

        public int CountAllSince(DateTimeOffset sinceUtc) => Fail() ?? _inner.CountAllSince(sinceUtc);

        private int? Fail()
        {
            if (!Broken)
            {
                return null;
            }

            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException("a bug in the reply ledger");
        }
    }
}
