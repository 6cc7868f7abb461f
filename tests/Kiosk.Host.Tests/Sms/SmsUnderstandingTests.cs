using System.Globalization;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Host.Sms;

namespace Kiosk.Host.Tests.Sms;

/// <summary>
/// Every sixth message of <see cref="CitizenMessages.All"/> (about 30), each from its own number, through
/// the real gateway on the pseudo-terminal emulator: the reply says what the citizen meant, in the
/// language they wrote.
/// </summary>
public class SmsUnderstandingTests
{
    public static IReadOnlyList<CitizenMessage> Subset => [.. CitizenMessages.All.Where((_, i) => i % 6 == 0)];

    [Fact]
    public async Task Citizens_messages_over_the_gateway_get_the_reply_they_asked_for()
    {
        var server = await KioskServer.StartAsync(null, null, ["--Kiosk:Modem:Transport=simulated"]);
        await using var _ = server;
        var gateway = server.Services.GetRequiredService<SmsGateway>();
        await gateway.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var senders = Subset.Select((m, i) => (Message: m, Number: "+62812555" + i.ToString("D5", CultureInfo.InvariantCulture))).ToList();

        foreach (var (message, number) in senders)
        {
            await gateway.Emulator!.ReceiveSmsAsync(number, message.Sms);
        }

        await Eventually.Get(
            () => senders.Count(s => ReplyTo(gateway, s.Number).Length > 0),
            n => n == senders.Count,
            "a reply to every sender",
            seconds: 60);
        var misses = senders
            .Select(s => (s.Message, Reply: ReplyTo(gateway, s.Number)))
            .Where(s => !Answers(s.Message, s.Reply))
            .Select(s => $"'{s.Message.Sms}' ({s.Message.Intent}) got '{s.Reply}'")
            .ToList();

        Assert.True(Subset.Count >= 28, $"{Subset.Count} messages");
        Assert.Empty(misses);
    }

    private static string ReplyTo(SmsGateway gateway, string number) =>
        string.Concat(gateway.Emulator!.SentPdus.Select(hex => PduCodec.Decode(hex)).OfType<SmsSubmit>()
            .Where(s => s.Destination.ToString() == number).Select(s => s.Text));

    /// <summary>What each intent's reply starts with or contains, in the language written.</summary>
    private static bool Answers(CitizenMessage message, string reply)
    {
        var en = message.English;
        var expected = message.Intent switch
        {
            CitizenIntent.Check when message.Expected.Contains('-', StringComparison.Ordinal) =>
                en ? $"There is no ticket {message.Expected} today" : $"Antrian {message.Expected} tidak ada hari ini",
            CitizenIntent.Check => en ? $"Code {Grouped(message.Expected)} was not found" : $"Kode {Grouped(message.Expected)} tidak ditemukan",
            CitizenIntent.Mistyped => en ? $"Code {message.Expected} is mistyped" : $"Kode {message.Expected} salah ketik",
            CitizenIntent.CheckWithoutCode => en ? "No code given" : "Kode belum ditulis",
            CitizenIntent.Complaint when message.Expected.Length < Core.Complaints.ComplaintService.MinDescription => en ? "Complaint too short" : "Aduan terlalu pendek",
            CitizenIntent.Complaint => en ? "Complaint received" : "Aduan Anda diterima",
            CitizenIntent.Queue when message.Expected.Length == 1 => en ? $"Ticket {message.Expected}-" : $"Antrian {message.Expected}-",
            CitizenIntent.Queue => en ? "Unknown service" : "Layanan tidak dikenal",
            CitizenIntent.Cancel => en ? $"There is no ticket {message.Expected} today" : $"Antrian {message.Expected} tidak ada hari ini",
            CitizenIntent.Help => en ? "SMS service:" : "Layanan SMS:",
            _ => en ? "Sorry, message not understood" : "Maaf, pesan tidak dikenali",
        };
        return reply.StartsWith(expected, StringComparison.Ordinal);
    }

    private static string Grouped(string compact) => $"{compact[..4]}-{compact[4..8]}-{compact[8..]}";
}
