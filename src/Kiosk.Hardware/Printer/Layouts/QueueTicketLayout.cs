using System.Globalization;
using Kiosk.Hardware.Printer.EscPos;

namespace Kiosk.Hardware.Printer.Layouts;

/// <summary>The queue ticket: office, service, the big number, time, people ahead, QR, SMS hint.</summary>
public static class QueueTicketLayout
{
    public static byte[] Render(QueueTicketPrint ticket, PaperWidth width, PrinterCodePage codePage = PrinterCodePage.Pc437)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        LayoutParts.Require(ticket.OfficeName, nameof(ticket.OfficeName));
        LayoutParts.Require(ticket.ServiceName, nameof(ticket.ServiceName));
        LayoutParts.Require(ticket.TicketCode, nameof(ticket.TicketCode));
        LayoutParts.Require(ticket.SmsNumber, nameof(ticket.SmsNumber));
        ArgumentOutOfRangeException.ThrowIfNegative(ticket.PeopleAhead, nameof(ticket.PeopleAhead));
        ArgumentOutOfRangeException.ThrowIfNegative(ticket.EstimatedWaitMinutes, nameof(ticket.EstimatedWaitMinutes));

        var document = new EscPosDocument(width, codePage).Align(Justification.Center);
        if (ticket.IsReprint)
        {
            document.Bold(true).Line("*** CETAK ULANG ***").Bold(false);
        }

        document.Bold(true).Line(ticket.OfficeName).Bold(false)
            .Rule()
            .Line(ticket.ServiceName)
            .Line("Nomor Antrian Anda");

        var size = LayoutParts.LargestSize(width, ticket.TicketCode, max: 4);
        document.Bold(true).Size(size, size).Line(ticket.TicketCode).Size(1, 1);
        if (ticket.IsPriority)
        {
            document.Size(2, 1).Line("PRIORITAS").Size(1, 1);
        }

        document.Bold(false)
            .DateTime(ticket.IssuedAtLocal, ticket.Zone)
            .Rule()
            .Line(string.Create(CultureInfo.InvariantCulture, $"Antrian di depan Anda: {ticket.PeopleAhead}"))
            .Line(string.Create(CultureInfo.InvariantCulture, $"Perkiraan tunggu: {ticket.EstimatedWaitMinutes} menit"))
            .Line()
            .Qr(ticket.TicketCode, LayoutParts.QrModuleSize(width), LayoutParts.QrLevel)
            .Line()
            .Line($"Cek status: SMS CEK {ticket.TicketCode} ke {ticket.SmsNumber}")
            .Line("Mohon tunggu sampai nomor Anda dipanggil.");
        return document.FeedAndCut();
    }
}
